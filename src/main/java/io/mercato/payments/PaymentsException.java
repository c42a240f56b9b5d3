package io.mercato.payments;

import java.util.Map;

import io.mercato.shared.domain.DomainException;
import io.mercato.shared.domain.Money;

/**
 * A refusal of the payments module; the shared handler answers it as a problem with its
 * {@code code}.
 */
public abstract class PaymentsException extends DomainException {

	protected PaymentsException(Refusal refusal, String code, String message) {
		super(refusal, code, message);
	}

	/**
	 * No such payment, or not one the caller may see (404 {@code payment_not_found}).
	 */
	public static class PaymentNotFound extends PaymentsException {

		public PaymentNotFound() {
			super(Refusal.NOT_FOUND, "payment_not_found", "There is no such payment.");
		}

	}

	/**
	 * A payment of the order waits to be received (409 {@code payment_in_progress}, as
	 * ordering answers for one being taken).
	 */
	public static class PaymentInProgress extends PaymentsException {

		public PaymentInProgress() {
			super(Refusal.CONFLICT, "payment_in_progress",
					"A payment of this order is under way; wait for its outcome before paying again.");
		}

	}

	/**
	 * Only an admin or the shopkeeper of every line of the order may do this, since it
	 * concerns the other shops' lines as well (403 {@code not_whole_order}).
	 */
	public static class NotWholeOrder extends PaymentsException {

		public NotWholeOrder(String what) {
			super(Refusal.FORBIDDEN, "not_whole_order",
					"Only an admin or the shopkeeper of every line of the order may " + what + ".");
		}

	}

	/** No gateway of that name is configured (400 {@code unknown_gateway}). */
	public static class UnknownGateway extends PaymentsException {

		public UnknownGateway(String name) {
			super(Refusal.INVALID, "unknown_gateway", "There is no payment gateway called '%s'."
				.formatted(name.length() > 40 ? name.substring(0, 40) + "…" : name));
		}

	}

	/**
	 * A refund would give back more than is left of what was taken, or of the caller's
	 * share of it (409 {@code refund_exceeds_payment}, with {@code refundable}).
	 */
	public static class RefundExceedsPayment extends PaymentsException {

		private final Money refundable;

		public RefundExceedsPayment(Money refundable) {
			super(Refusal.CONFLICT, "refund_exceeds_payment",
					"At most %s is left for you to refund of this order.".formatted(refundable));
			this.refundable = refundable;
		}

		@Override
		public Map<String, Object> details() {
			return Map.of("refundable", this.refundable.toString());
		}

	}

	/**
	 * Nothing was taken for the order, so nothing can be given back (409
	 * {@code not_paid}).
	 */
	public static class NotPaid extends PaymentsException {

		public NotPaid() {
			super(Refusal.CONFLICT, "not_paid", "Nothing was paid for this order, so nothing can be refunded.");
		}

	}

	/**
	 * Only a pending offline payment can be recorded as received (409
	 * {@code not_receivable}, naming its method and status).
	 */
	public static class NotReceivable extends PaymentsException {

		public NotReceivable(String method, PaymentStatus status) {
			super(Refusal.CONFLICT, "not_receivable",
					"A %s payment that is %s cannot be recorded as received.".formatted(method, status));
		}

	}

	/**
	 * A webhook's signature is missing, malformed or wrong, or its timestamp is outside
	 * the tolerance (400 {@code invalid_signature}).
	 */
	public static class InvalidSignature extends PaymentsException {

		public InvalidSignature(String why) {
			super(Refusal.INVALID, "invalid_signature", "The webhook's signature does not hold: " + why + ".");
		}

	}

	/**
	 * A signed webhook's body is not an event the gateway sends (400
	 * {@code invalid_webhook}).
	 */
	public static class InvalidWebhook extends PaymentsException {

		public InvalidWebhook(String why) {
			super(Refusal.INVALID, "invalid_webhook", "The webhook's event cannot be read: " + why + ".");
		}

	}

	/**
	 * The gateway failed to do what was asked; nothing changed here and the request may
	 * be tried again (502 {@code gateway_error}).
	 */
	public static class GatewayFailed extends PaymentsException {

		public GatewayFailed(String gateway) {
			super(Refusal.UPSTREAM_FAILED, "gateway_error",
					"The payment gateway '%s' did not answer as it should; nothing changed, try again."
						.formatted(gateway));
		}

	}

}
