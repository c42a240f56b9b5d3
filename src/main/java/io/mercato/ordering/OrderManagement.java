package io.mercato.ordering;

import java.util.Optional;
import java.util.UUID;

import io.mercato.inventory.InsufficientStockException;
import io.mercato.promotions.PromotionNotApplicableException;
import io.mercato.shipping.ShippingException;

/**
 * Orders as other modules use them: the cart's checkout places an order with
 * {@link #placeOrder}, and the payments module drives the payment-dependent part of the
 * status machine ({@link #startPayment}, {@link #confirmPayment}, {@link #failPayment}).
 * <p>
 * Every transition takes the order's row lock, follows the status machine's table
 * (DESIGN.md §6), writes one history row and publishes {@link OrderStatusChanged} in the
 * caller's transaction; a transition the table does not have throws
 * {@link OrderingException.InvalidTransition} naming the current status. Methods join a
 * caller's transaction; an exception marks it for rollback, so nothing of a refused
 * request is kept.
 */
public interface OrderManagement {

	/**
	 * Places an order, whole or not at all: prices every line from the catalog, reserves
	 * the stock of all lines through the inventory, prices shipping, redeems the
	 * promotion, works out the tax and the totals, copies the customer, the addresses and
	 * the products into the order, and creates it {@code PENDING} and {@code UNPAID},
	 * with its first history row, publishing {@link OrderPlaced}. The number of
	 * statements does not depend on the number of lines.
	 * @param command what to place
	 * @return the order, with a guest's order token
	 * @throws io.mercato.shared.web.InvalidFieldsException for fields breaking a rule,
	 * named as the JSON fields (customer, address, lines, an unknown product)
	 * @throws OrderingException.ProductUnavailable naming the products not for sale
	 * @throws OrderingException.PriceChanged when a price differs from the one expected
	 * @throws InsufficientStockException naming every short product
	 * @throws ShippingException.ShippingUnavailable when the method does not ship there
	 * @throws PromotionNotApplicableException when the code entered does not apply
	 */
	PlacedOrder placeOrder(PlaceOrder command);

	/**
	 * Returns an order as its customer and the admins see it.
	 * @param orderId the order
	 * @return the order, empty when unknown
	 */
	Optional<OrderView> findOrder(UUID orderId);

	/**
	 * A payment attempt starts: {@code PENDING} or {@code FAILED} becomes
	 * {@code PROCESSING}, so that no second attempt and no cancellation runs meanwhile.
	 * @param orderId the order
	 * @return the order after the change
	 * @throws OrderingException.OrderNotFound for an unknown order
	 * @throws OrderingException.InvalidTransition from any other status
	 */
	OrderView startPayment(UUID orderId);

	/**
	 * The payment succeeded: {@code PROCESSING} becomes {@code CONFIRMED}, the payment
	 * status {@code PAID}, and the stock reservation is committed as a sale.
	 * @param orderId the order
	 * @return the order after the change
	 * @throws OrderingException.OrderNotFound for an unknown order
	 * @throws OrderingException.InvalidTransition from any other status
	 */
	OrderView confirmPayment(UUID orderId);

	/**
	 * The payment failed: {@code PROCESSING} becomes {@code FAILED}, the payment status
	 * {@code FAILED}; the stock stays reserved until the window ends, so the customer may
	 * pay again.
	 * @param orderId the order
	 * @param reason why, as the gateway said
	 * @return the order after the change
	 * @throws OrderingException.OrderNotFound for an unknown order
	 * @throws OrderingException.InvalidTransition from any other status
	 */
	OrderView failPayment(UUID orderId, String reason);

}
