package io.mercato.payments;

import java.util.List;
import java.util.UUID;

import io.mercato.ordering.OrderCaller;
import io.mercato.shared.security.CurrentUser;

/**
 * Paying orders and giving money back, as people do it through the API. Called only by
 * the module's own HTTP adapter. A payment or an order the caller may not see is not
 * found, never forbidden.
 */
public interface PaymentDesk {

	/**
	 * Pays an order through a gateway, or registers an offline payment. The order's row
	 * lock is taken first, so that of concurrent attempts one charges and the others
	 * answer {@code payment_in_progress} or {@code already_paid}. A gateway in this
	 * process (the simulated one) is called under the lock and its outcome written in the
	 * same transaction; any other is called after the payment and the order's
	 * {@code PROCESSING} are committed in a transaction of their own, and its outcome
	 * written in another, so that a charge whose answer is lost is never forgotten. An
	 * order that costs nothing is confirmed without a gateway. Success confirms the order
	 * ({@code OrderPaid}); a refusal fails it ({@link PaymentFailed}), and the customer
	 * may pay again while the reservation lasts; no answer leaves both {@code PROCESSING}
	 * for the reconciliation job. Cash and bank transfer stay {@code PENDING}, and the
	 * order waits, until {@link #markReceived}.
	 * @param caller the order's customer (a guest with its token) or an admin
	 * @param orderId the order
	 * @param command the gateway and the card's token
	 * @return the payment, in its outcome's status
	 * @throws io.mercato.ordering.OrderingException.OrderNotFound for an order the caller
	 * may not see
	 * @throws io.mercato.ordering.OrderingException.AlreadyPaid when it is paid
	 * @throws io.mercato.ordering.OrderingException.PaymentInProgress when another
	 * attempt is under way
	 * @throws io.mercato.ordering.OrderingException.InvalidTransition when it is
	 * cancelled
	 * @throws io.mercato.ordering.OrderingException.TransitionNotAllowed for a shopkeeper
	 * @throws PaymentsException.UnknownGateway for a gateway not configured
	 */
	PaymentView processPayment(OrderCaller caller, UUID orderId, ProcessPayment command);

	/**
	 * Records that an offline payment (cash, bank transfer) arrived: the payment is
	 * {@code COMPLETED} and the order confirmed. When the order was cancelled meanwhile
	 * (its reservation window passed), its stock is reserved again if it is there;
	 * otherwise the order's {@code OrderCancelled} has the money refunded in full right
	 * after, as a refund the shop pays back itself ({@code MANUAL}).
	 * @param caller an admin, or the shopkeeper of every line of the order
	 * @param paymentId the payment
	 * @return the payment afterwards
	 * @throws PaymentsException.PaymentNotFound for a payment the caller may not see
	 * @throws PaymentsException.NotReceivable unless it is a {@code PENDING} offline
	 * payment
	 * @throws PaymentsException.NotWholeOrder for a shopkeeper of only some lines
	 */
	PaymentView markReceived(CurrentUser caller, UUID paymentId);

	/**
	 * Lists an order's payments, oldest first, with their refunds.
	 * @param caller the order's customer (a guest with its token), a shopkeeper of its
	 * lines or an admin
	 * @param orderId the order
	 * @return its payments
	 * @throws io.mercato.ordering.OrderingException.OrderNotFound for an order the caller
	 * may not see
	 */
	List<PaymentView> orderPayments(OrderCaller caller, UUID orderId);

	/**
	 * Returns a payment with its refunds.
	 * @param caller the order's customer (a guest with its token), a shopkeeper of its
	 * lines or an admin
	 * @param paymentId the payment
	 * @return the payment
	 * @throws PaymentsException.PaymentNotFound for a payment the caller may not see
	 */
	PaymentView payment(OrderCaller caller, UUID paymentId);

	/**
	 * Gives money of an order back through the gateway that took it, under the payment's
	 * row lock, so that concurrent refunds never give back more than was taken. An admin
	 * may refund up to what was taken, a shopkeeper up to their lines' share of it, less
	 * what they refunded already. Everything taken given back makes the order
	 * {@code REFUNDED}; publishes {@link RefundIssued}.
	 * @param caller an admin, or a shopkeeper of the order's lines
	 * @param orderId the order
	 * @param command the amount (or everything left), the reason, whether goods came back
	 * @return the refund
	 * @throws io.mercato.ordering.OrderingException.OrderNotFound for an order the caller
	 * may not see
	 * @throws io.mercato.ordering.OrderingException.TransitionNotAllowed for its customer
	 * @throws PaymentsException.NotPaid when nothing was taken for the order
	 * @throws PaymentsException.RefundExceedsPayment when the amount is more than is left
	 * to refund
	 * @throws io.mercato.shared.web.InvalidFieldsException for a blank reason or an
	 * amount not above zero, or restock on a refund of part of the order
	 * @throws PaymentsException.NotWholeOrder for restock by a shopkeeper of only some
	 * lines
	 * @throws PaymentsException.GatewayFailed when the gateway could not refund
	 */
	RefundView refund(CurrentUser caller, UUID orderId, RefundOrder command);

}
