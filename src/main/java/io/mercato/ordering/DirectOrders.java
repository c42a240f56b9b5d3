package io.mercato.ordering;

import org.jspecify.annotations.Nullable;

import io.mercato.inventory.InsufficientStockException;
import io.mercato.promotions.PromotionNotApplicableException;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shipping.ShippingException;

/**
 * The direct order API ({@code POST /api/v1/orders}), for the module's own HTTP adapter:
 * an order placed from a list of products rather than a cart, by a logged-in user or by a
 * guest. It decides who the order is for and what the caller may set, checks the
 * addresses given inline, and places the order as {@link OrderManagement#placeOrder}
 * does, whole or not at all, publishing {@link OrderPlaced}.
 */
public interface DirectOrders {

	/**
	 * Places an order for the caller. With a login the order is the caller's, and the
	 * email, name and phone the command gives replace the account's for this order; a
	 * guest must give email and name, and receives the order's token. Only an admin may
	 * set the shipping cost; otherwise it is priced with the shipping method's rates. A
	 * structured address is checked and normalised by the address book's rules (its field
	 * errors named under {@code shipping_address} or {@code billing_address}), priced and
	 * taxed by its country; a free-text address is kept as given, priced with the
	 * method's rate for every country and charged no tax. A phone without {@code +}
	 * beside a free-text address, which names no country to read it in, is read as
	 * international when it is one (so {@code 998901234567} is {@code +998901234567}).
	 * @param caller the logged-in user, or {@code null} for a guest
	 * @param command what to place; its customer's user id is ignored, the caller decides
	 * it
	 * @return the order, with a guest's order token
	 * @throws io.mercato.shared.web.InvalidFieldsException naming the JSON fields that
	 * break a rule, among them {@code shipping_cost} when the caller is no admin, and
	 * {@code items[i].product_sku} or {@code items[i].product_id} for an unknown product
	 * @throws OrderingException.ProductUnavailable naming the products not for sale
	 * @throws OrderingException.PriceChanged when a {@code unit_price} differs from the
	 * current price
	 * @throws InsufficientStockException naming every short product
	 * @throws ShippingException.ShippingUnavailable when the method does not ship there
	 * @throws OrderingException.ShippingUnavailable when no method ships there
	 * @throws PromotionNotApplicableException when the code entered does not apply
	 */
	PlacedOrder place(@Nullable CurrentUser caller, PlaceOrder command);

}
