package io.mercato.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Some products have fewer units available than asked for (409
 * {@code insufficient_stock}); nothing was reserved or changed. The problem's
 * {@code items} member names each short product with the units asked for and those
 * available, so a client can offer what there is.
 */
public class InsufficientStockException extends InventoryException {

	private final List<Shortage> shortages;

	/**
	 * Creates the exception.
	 * @param shortages the products that were short, in product-id order
	 */
	public InsufficientStockException(List<Shortage> shortages) {
		super(Refusal.CONFLICT, "insufficient_stock", "Not enough stock of " + shortages.size() + " product(s).");
		this.shortages = List.copyOf(shortages);
	}

	/**
	 * Returns the products that were short.
	 * @return their ids, in product-id order
	 */
	public List<UUID> productIds() {
		return this.shortages.stream().map(Shortage::productId).toList();
	}

	/**
	 * Returns what each short product lacked.
	 * @return the shortages, in product-id order
	 */
	public List<Shortage> shortages() {
		return this.shortages;
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("items", this.shortages.stream().map(Shortage::toMember).toList());
	}

	/**
	 * A product short of stock.
	 *
	 * @param productId the product
	 * @param requested the units asked for
	 * @param available the units that could have been reserved
	 */
	public record Shortage(UUID productId, int requested, int available) {

		Map<String, Object> toMember() {
			Map<String, Object> member = new LinkedHashMap<>();
			member.put("product_id", this.productId);
			member.put("requested", this.requested);
			member.put("available", this.available);
			return member;
		}

	}

}
