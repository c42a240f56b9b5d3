package io.mercato.ordering;

import java.util.Optional;
import java.util.UUID;

import io.mercato.inventory.InsufficientStockException;
import io.mercato.promotions.PromotionNotApplicableException;
import io.mercato.shared.security.CurrentUser;
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
	 * Checks that the caller may see the order: its customer (a guest with its token), a
	 * shopkeeper of its lines, or an admin.
	 * @param caller who asks
	 * @param orderId the order
	 * @throws OrderingException.OrderNotFound for an unknown order, or one the caller may
	 * not see
	 */
	void requireVisible(OrderCaller caller, UUID orderId);

	/**
	 * Says whether the caller may see the order, as {@link #requireVisible} checks it.
	 * @param caller who asks
	 * @param orderId the order
	 * @return whether it exists and the caller may see it
	 */
	boolean canSee(OrderCaller caller, UUID orderId);

	/**
	 * Takes the order's row lock for the rest of the caller's transaction, so that every
	 * step on an order's money locks the order before its payments and none waits for
	 * another in the opposite order.
	 * @param orderId the order
	 * @throws OrderingException.OrderNotFound for an unknown order
	 */
	void holdForPayment(UUID orderId);

	/**
	 * Checks that the caller may pay the order and that it waits for a payment, under the
	 * order's row lock, which the caller's transaction holds until it ends: a second
	 * attempt on the same order waits here and then sees the first one's outcome.
	 * @param caller its customer (a guest with the order's token) or an admin
	 * @param orderId the order
	 * @return what a payment needs of the order
	 * @throws OrderingException.OrderNotFound for an order the caller may not see
	 * @throws OrderingException.TransitionNotAllowed for a shopkeeper of its lines
	 * @throws OrderingException.AlreadyPaid when it is paid (or was, and refunded)
	 * @throws OrderingException.PaymentInProgress when it is {@code PROCESSING}
	 * @throws OrderingException.InvalidTransition when it is cancelled
	 */
	PayableOrder payable(OrderCaller caller, UUID orderId);

	/**
	 * Money for the order arrived (a gateway's answer or webhook, an offline payment
	 * received). A {@code PROCESSING} order is confirmed; a {@code PENDING} or
	 * {@code FAILED} one starts and confirms the payment at once (two history rows). A
	 * cancelled one: when the expiry job cancelled it and all its stock is still
	 * available, the stock is reserved and sold again and the order confirmed
	 * ({@link PaymentAcceptance#REVIVED}); otherwise it stays cancelled, with reason
	 * {@code stock_unavailable_after_payment} (expired) or
	 * {@code payment_after_cancellation} (cancelled by a person), and publishes
	 * {@link OrderCancelled} saying it was paid, so that the money goes back. Confirming
	 * publishes {@link OrderPaid}.
	 * @param orderId the order
	 * @return what became of the order, and so of the money
	 * @throws OrderingException.OrderNotFound for an unknown order
	 */
	PaymentAcceptance acceptPayment(UUID orderId);

	/**
	 * Says how much of the order the caller may refund, under the order's row lock.
	 * @param caller an admin, or a shopkeeper of its lines
	 * @param orderId the order
	 * @return the caller's limit and what the refund needs of the order
	 * @throws OrderingException.OrderNotFound for an order the caller may not see
	 * @throws OrderingException.TransitionNotAllowed for its customer
	 */
	RefundRights refundRights(CurrentUser caller, UUID orderId);

	/**
	 * Records money given back. Everything taken given back makes a
	 * {@code CONFIRMED}/{@code SHIPPED}/{@code DELIVERED}/{@code COMPLETED} order
	 * {@code REFUNDED} (one history row): stock that never shipped comes back as a
	 * return, shipped stock only with {@code restock}. A part, or a cancelled order's
	 * money, changes only the payment status ({@code PARTIALLY_REFUNDED},
	 * {@code REFUNDED}) and the version.
	 * @param orderId the order
	 * @param whole whether everything taken is given back now
	 * @param restock whether shipped goods came back to the shop
	 * @param reason why, for the history
	 * @return the order after the change
	 * @throws OrderingException.OrderNotFound for an unknown order
	 */
	OrderView recordRefund(UUID orderId, boolean whole, boolean restock, String reason);

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
	 * status {@code PAID}, and the stock reservation is committed as a sale; publishes
	 * {@link OrderPaid}.
	 * @param orderId the order
	 * @return the order after the change
	 * @throws OrderingException.OrderNotFound for an unknown order
	 * @throws OrderingException.InvalidTransition from any other status
	 */
	OrderView confirmPayment(UUID orderId);

	/**
	 * The payment failed: {@code PROCESSING} becomes {@code FAILED}, the payment status
	 * {@code FAILED}; the stock stays reserved until the window ends, so the customer may
	 * pay again. A {@code PENDING} or {@code FAILED} order (a gateway that answered at
	 * once) starts and fails the attempt at once, two history rows.
	 * @param orderId the order
	 * @param reason why, as the gateway said
	 * @return the order after the change
	 * @throws OrderingException.OrderNotFound for an unknown order
	 * @throws OrderingException.InvalidTransition from any other status (cancelled, paid)
	 */
	OrderView failPayment(UUID orderId, String reason);

}
