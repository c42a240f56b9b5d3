package io.mercato.payments.internal;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.mercato.ordering.PaymentMethod;
import io.mercato.shared.domain.Money;

/**
 * A payment service provider, behind one interface: Mercato charges through it in one
 * step (authorize and capture together), asks it what became of a charge it did not
 * answer, refunds through it, and reads the events it posts to the webhook.
 * Implementations are beans; {@link #name()} is how requests, configuration and webhook
 * paths name them.
 */
interface PaymentGateway {

	/** The name requests and webhook paths use ({@code simulated}). */
	String name();

	/**
	 * Whether a charge answers within the request, so that it may be called while the
	 * order's row is locked; a slow gateway is called after the order is marked
	 * {@code PROCESSING} and committed instead.
	 */
	boolean answersInstantly();

	/**
	 * Charges the customer. Never throws for the gateway's own failures: they are
	 * {@link Outcome#failed} or, when the gateway did not answer,
	 * {@link Outcome#unknown}.
	 * @param charge what to charge; the payment id is the gateway's idempotency key, so
	 * that asking again never charges twice
	 */
	Outcome charge(Charge charge);

	/**
	 * Asks what became of a charge that had no answer.
	 * @param paymentId the payment, as the charge named it
	 * @return its outcome: still unknown while the gateway does not know either
	 */
	Outcome lookUp(UUID paymentId);

	/**
	 * Gives money of a charge back.
	 * @param transactionId the gateway's id of the charge
	 * @param refundId Mercato's id of the refund, the gateway's idempotency key
	 * @return the gateway's id of the refund
	 * @throws GatewayException when the gateway did not refund
	 */
	String refund(String transactionId, UUID refundId, Money amount, String currency) throws GatewayException;

	/**
	 * Reads an event the gateway posted, once its signature holds.
	 * @throws io.mercato.payments.PaymentsException.InvalidWebhook for a body the gateway
	 * would not send
	 */
	Notice parse(byte[] body);

	/**
	 * A charge.
	 *
	 * @param paymentId Mercato's payment, sent as the idempotency key
	 * @param orderNumber shown on the customer's statement
	 * @param amount how much
	 * @param currency the ISO 4217 code
	 * @param method how the customer pays
	 * @param token the gateway's one-time token of the card or account
	 */
	record Charge(UUID paymentId, String orderNumber, Money amount, String currency, PaymentMethod method,
			@Nullable String token) {

	}

	/**
	 * What the gateway said of a charge.
	 *
	 * @param result succeeded, failed or unknown
	 * @param transactionId the gateway's id of the charge, when it gave one
	 * @param failureCode a stable code for a failure ({@code card_declined})
	 * @param failureMessage the failure in words
	 * @param response what to keep of the answer (no card data)
	 */
	record Outcome(Result result, @Nullable String transactionId, @Nullable String failureCode,
			@Nullable String failureMessage, Map<String, Object> response) {

		static Outcome succeeded(String transactionId, Map<String, Object> response) {
			return new Outcome(Result.SUCCEEDED, transactionId, null, null, response);
		}

		static Outcome failed(@Nullable String transactionId, String code, String message,
				Map<String, Object> response) {
			return new Outcome(Result.FAILED, transactionId, code, message, response);
		}

		static Outcome unknown(@Nullable String transactionId, Map<String, Object> response) {
			return new Outcome(Result.UNKNOWN, transactionId, null, null, response);
		}

	}

	/** What became of a charge. */
	enum Result {

		/** The money was taken. */
		SUCCEEDED,

		/** Nothing was taken: declined, or the gateway failed. */
		FAILED,

		/** The gateway did not answer; only asking it again tells. */
		UNKNOWN

	}

	/**
	 * An event the gateway posted.
	 *
	 * @param eventId the gateway's id of the event, applied once
	 * @param type what happened
	 * @param paymentId Mercato's payment, as the charge named it
	 * @param transactionId the gateway's id of the charge
	 * @param failureCode for a failed charge, why
	 * @param failureMessage for a failed charge, in words
	 * @param refundReference for a refund, the gateway's id of it
	 * @param amount for a refund, how much
	 */
	record Notice(String eventId, NoticeType type, UUID paymentId, @Nullable String transactionId,
			@Nullable String failureCode, @Nullable String failureMessage, @Nullable String refundReference,
			@Nullable Money amount) {

	}

	/** The events Mercato acts on. */
	enum NoticeType {

		/** A charge succeeded. */
		PAYMENT_SUCCEEDED,

		/** A charge failed. */
		PAYMENT_FAILED,

		/** Money was given back at the gateway (its dashboard, a dispute). */
		REFUND_SUCCEEDED

	}

	/**
	 * The gateway did not do what it was asked; checked, so that every caller decides
	 * what a refusal of the gateway means for its request.
	 */
	class GatewayException extends Exception {

		GatewayException(String message) {
			super(message);
		}

	}

}
