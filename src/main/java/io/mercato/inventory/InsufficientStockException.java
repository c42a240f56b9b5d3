package io.mercato.inventory;

import java.util.List;
import java.util.UUID;

/**
 * Some products have fewer units available than asked for (409
 * {@code insufficient_stock}); nothing was reserved or changed.
 */
public class InsufficientStockException extends InventoryException {

	private final List<UUID> productIds;

	/**
	 * Creates the exception.
	 * @param productIds the products that were short
	 */
	public InsufficientStockException(List<UUID> productIds) {
		super(Refusal.CONFLICT, "insufficient_stock", "Not enough stock of " + productIds.size() + " product(s).");
		this.productIds = List.copyOf(productIds);
	}

	/**
	 * Returns the products that were short.
	 * @return their ids, in product-id order
	 */
	public List<UUID> productIds() {
		return this.productIds;
	}

}
