package io.mercato.payments;

/**
 * Events gateways send about payments: a charge that succeeded or failed after the
 * request that made it, a refund made at the gateway. Called only by the module's own
 * HTTP adapter.
 */
public interface GatewayWebhooks {

	/**
	 * Verifies and applies one event. The signature header is
	 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">} under the
	 * gateway's webhook secret; a timestamp more than the tolerance (5 minutes) away from
	 * now is refused, so a captured request cannot be replayed later. Each event id is
	 * applied once: a redelivery is acknowledged and changes nothing. The event is
	 * applied through the same code as the API's payments.
	 * @param gateway the gateway's name, as the webhook's path gives it
	 * @param signature the signature header
	 * @param body the raw body, exactly as received
	 * @return whether the event changed anything (false for a redelivery)
	 * @throws PaymentsException.UnknownGateway for a gateway not configured
	 * @throws PaymentsException.InvalidSignature for a missing, malformed or wrong
	 * signature, or a stale timestamp
	 * @throws PaymentsException.InvalidWebhook for a body the gateway would not send
	 */
	boolean receive(String gateway, String signature, byte[] body);

}
