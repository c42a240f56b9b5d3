package io.mercato.cart;

import java.util.UUID;

import io.mercato.ordering.PlacedOrder;
import org.jspecify.annotations.Nullable;

/**
 * The cart as its owner uses it over HTTP. Every method finds the caller's active cart:
 * the logged-in user's (created when they have none), or the guest's by its token; a
 * logged-in caller who also sends a guest token first gets that guest cart merged into
 * theirs.
 */
public interface CartShopping {

	/**
	 * Starts a guest's cart.
	 * @return the cart and its token
	 * @throws CartException.SignedIn for a logged-in caller, who has a cart already
	 */
	GuestCart startGuestCart(CartCaller caller);

	/**
	 * Returns the caller's cart, priced now.
	 * @return the cart
	 * @throws CartException.CartNotFound for a guest without a valid token
	 */
	CartView cart(CartCaller caller);

	/**
	 * Adds units of a product: to its line when the cart has one, else as a new line.
	 * Checks that the stock has the units, without reserving them.
	 * @param productId the product
	 * @param quantity the units to add, 1 to 1000
	 * @return the line as it now is
	 */
	CartView.Item addItem(CartCaller caller, UUID productId, int quantity);

	/**
	 * Sets the units of a line; zero removes it.
	 * @param itemId the line
	 * @param quantity the units, 0 to 1000
	 * @return the line as it now is, or {@code null} when it was removed
	 */
	CartView.@Nullable Item changeItem(CartCaller caller, UUID itemId, int quantity);

	/**
	 * Removes a line.
	 * @param itemId the line
	 */
	void removeItem(CartCaller caller, UUID itemId);

	/**
	 * Removes every line and the promotion code.
	 */
	void clear(CartCaller caller);

	/**
	 * Enters a promotion code, which must apply to the cart now.
	 * @param code the code
	 * @return the cart with its discount
	 */
	CartView applyPromotion(CartCaller caller, String code);

	/**
	 * Takes the promotion code off the cart; automatic promotions still apply.
	 */
	void removePromotion(CartCaller caller);

	/**
	 * Turns the caller's cart into an order, whole or not at all, in one transaction:
	 * locks the cart, places the order of its lines with its promotion code through
	 * {@code OrderManagement.placeOrder} (which reserves the stock, redeems the promotion
	 * and publishes {@code OrderPlaced}), and marks the cart {@code CONVERTED}, so that
	 * the customer's next cart is a new one and a guest's token opens nothing. Any
	 * refusal leaves the cart as it was and nothing of the order behind.
	 * @param checkout the addresses, the shipping and the payment method
	 * @return the order, with a guest's order token
	 * @throws io.mercato.shared.web.InvalidFieldsException for fields breaking a rule, or
	 * given by the wrong kind of caller (an address id by a guest, an inline address by a
	 * customer), named as the JSON fields
	 * @throws CartException.CartNotFound for a guest without a valid token
	 * @throws CartException.AddressNotFound for an address id not of the customer's book
	 * @throws CartException.EmptyCart for a cart without lines
	 * @throws CartException.ProductUnavailable naming lines of products no longer for
	 * sale
	 * @throws io.mercato.inventory.InsufficientStockException naming every short product
	 * @throws io.mercato.ordering.OrderingException.PriceChanged when the subtotal is not
	 * the one expected
	 * @throws io.mercato.shipping.ShippingException.ShippingUnavailable when the method
	 * does not ship there
	 * @throws io.mercato.promotions.PromotionNotApplicableException when the cart's code
	 * no longer applies
	 */
	PlacedOrder checkout(CartCaller caller, Checkout checkout);

}
