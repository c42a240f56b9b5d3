package io.mercato.inventory;

import java.util.List;
import java.util.Map;

import io.mercato.shared.domain.DomainException;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.Problems;

/**
 * A request the inventory refuses. The subclasses are the cases callers tell apart; each
 * names its kind of refusal and stable code in its constructor.
 */
public abstract class InventoryException extends DomainException {

	protected InventoryException(Refusal refusal, String code, String message) {
		super(refusal, code, message);
	}

	/**
	 * No such product whose stock the caller may manage: unknown, deleted, or another
	 * shop's (404 {@code product_not_found}).
	 */
	public static class ProductNotFound extends InventoryException {

		public ProductNotFound() {
			super(Refusal.NOT_FOUND, "product_not_found", "There is no such product.");
		}

	}

	/**
	 * The product's shop may not sell: not verified, or not active (403
	 * {@code shopkeeper_not_verified}).
	 */
	public static class ShopkeeperNotVerified extends InventoryException {

		public ShopkeeperNotVerified() {
			super(Refusal.FORBIDDEN, "shopkeeper_not_verified",
					"An admin must verify your shop before you can list, publish or restock products.");
		}

	}

	/**
	 * An adjustment would take the quantity on hand below the reserved units, or below
	 * zero (409 {@code insufficient_stock}, naming the field {@code delta}).
	 */
	public static class QuantityBelowReserved extends InventoryException {

		public QuantityBelowReserved() {
			super(Refusal.CONFLICT, "insufficient_stock",
					"The quantity on hand cannot fall below the units reserved for orders.");
		}

		@Override
		public Map<String, Object> details() {
			return Map.of(Problems.ERRORS,
					List.of(new InvalidField("delta", "would take the quantity below the reserved units")));
		}

	}

}
