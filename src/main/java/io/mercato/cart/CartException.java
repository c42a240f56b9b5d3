package io.mercato.cart;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.mercato.shared.domain.DomainException;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.Problems;

/**
 * A request the cart refuses. The subclasses are the cases callers tell apart; each names
 * its kind of refusal and stable code in its constructor.
 */
public abstract class CartException extends DomainException {

	protected CartException(Refusal refusal, String code, String message) {
		super(refusal, code, message);
	}

	/**
	 * No cart for this caller: a guest sent no token, or one of no active cart (404
	 * {@code cart_not_found}).
	 */
	public static class CartNotFound extends CartException {

		public CartNotFound() {
			super(Refusal.NOT_FOUND, "cart_not_found",
					"There is no such cart. Guests start one with POST /api/v1/carts and send its token as X-Cart-Token.");
		}

	}

	/**
	 * No such line in the caller's cart (404 {@code cart_item_not_found}).
	 */
	public static class CartItemNotFound extends CartException {

		public CartItemNotFound() {
			super(Refusal.NOT_FOUND, "cart_item_not_found", "There is no such line in your cart.");
		}

	}

	/**
	 * No such product: unknown or deleted (404 {@code product_not_found}).
	 */
	public static class ProductNotFound extends CartException {

		public ProductNotFound() {
			super(Refusal.NOT_FOUND, "product_not_found", "There is no such product.");
		}

	}

	/**
	 * The product is not for sale now: a draft, archived, or its shop hidden (409
	 * {@code product_unavailable}); at checkout, lines of products no longer for sale
	 * (also deleted ones), each named in {@code items}.
	 */
	public static class ProductUnavailable extends CartException {

		private final List<UUID> productIds;

		public ProductUnavailable() {
			super(Refusal.CONFLICT, "product_unavailable", "This product is not for sale at the moment.");
			this.productIds = List.of();
		}

		public ProductUnavailable(List<UUID> productIds) {
			super(Refusal.CONFLICT, "product_unavailable",
					(productIds.size() == 1)
							? "A product in your cart is not for sale any more; remove it to check out."
							: "%d products in your cart are not for sale any more; remove them to check out."
								.formatted(productIds.size()));
			this.productIds = List.copyOf(productIds);
		}

		@Override
		public Map<String, Object> details() {
			return this.productIds.isEmpty() ? Map.of()
					: Map.of("items", this.productIds.stream().map((id) -> Map.of("product_id", id)).toList());
		}

	}

	/**
	 * An address named by id at checkout is not one of the customer's: unknown, deleted
	 * or another user's (404 {@code address_not_found}, naming the field).
	 */
	public static class AddressNotFound extends CartException {

		private final String field;

		public AddressNotFound(String field) {
			super(Refusal.NOT_FOUND, "address_not_found", "There is no such address in your address book.");
			this.field = field;
		}

		@Override
		public Map<String, Object> details() {
			return Map.of(Problems.ERRORS, List.of(new InvalidField(this.field, "is not one of your addresses")));
		}

	}

	/**
	 * A shopkeeper may not buy their own product (403 {@code own_product}).
	 */
	public static class OwnProduct extends CartException {

		public OwnProduct() {
			super(Refusal.FORBIDDEN, "own_product", "You cannot buy your own product.");
		}

	}

	/**
	 * The cart holds as many lines as it may (409 {@code cart_full}).
	 */
	public static class CartFull extends CartException {

		public CartFull(int maxLines) {
			super(Refusal.CONFLICT, "cart_full",
					"A cart holds at most " + maxLines + " lines; remove one before adding another product.");
		}

	}

	/**
	 * A line would hold more units than a line may (409 {@code quantity_limit_exceeded}).
	 */
	public static class QuantityLimitExceeded extends CartException {

		private final int maxQuantity;

		public QuantityLimitExceeded(int maxQuantity) {
			super(Refusal.CONFLICT, "quantity_limit_exceeded",
					"A line holds at most " + maxQuantity + " units of a product.");
			this.maxQuantity = maxQuantity;
		}

		@Override
		public Map<String, Object> details() {
			return Map.of("max_quantity", this.maxQuantity);
		}

	}

	/**
	 * The stock cannot give a line the units asked for (409 {@code insufficient_stock});
	 * the {@code items} member names the product, the units asked for and those
	 * available.
	 */
	public static class InsufficientStock extends CartException {

		private final UUID productId;

		private final int requested;

		private final int available;

		public InsufficientStock(UUID productId, int requested, int available) {
			super(Refusal.CONFLICT, "insufficient_stock", (available == 0) ? "This product is out of stock."
					: "Only " + available + " unit(s) of this product are available.");
			this.productId = productId;
			this.requested = requested;
			this.available = available;
		}

		@Override
		public Map<String, Object> details() {
			return Map.of("items", List
				.of(Map.of("product_id", this.productId, "requested", this.requested, "available", this.available)));
		}

	}

	/**
	 * A logged-in caller asked for a guest cart (409 {@code signed_in}).
	 */
	public static class SignedIn extends CartException {

		public SignedIn() {
			super(Refusal.CONFLICT, "signed_in", "You are logged in and have a cart already: use GET /api/v1/cart.");
		}

	}

	/**
	 * A promotion code entered on, or a checkout of, a cart without lines (409
	 * {@code empty_cart}).
	 */
	public static class EmptyCart extends CartException {

		public EmptyCart() {
			super(Refusal.CONFLICT, "empty_cart", "Your cart is empty.");
		}

	}

}
