package io.mercato.payments.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.mercato.payments.PaymentsException;
import io.mercato.shared.domain.Money;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * A gateway for development, tests and benchmarks, deterministic by the card token: any
 * token, or none, is approved; {@code tok_decline} is declined ({@code card_declined}),
 * {@code tok_insufficient_funds} too ({@code insufficient_funds}); {@code tok_error} is
 * the gateway failing ({@code gateway_error}); {@code tok_timeout} gets no answer, and
 * asking later finds the charge succeeded, {@code tok_timeout_decline} the same but
 * declined. It remembers its charges in memory, as a real gateway would in its own books,
 * so a charge it never saw (a restart) is found failed. Every charge waits the configured
 * latency first ({@code mercato.payments.simulated.latency}).
 */
@Component
@Conditional(SimulatedGatewayCondition.class)
class SimulatedGateway implements PaymentGateway {

	static final String NAME = "simulated";

	private final Map<UUID, Outcome> charges = new ConcurrentHashMap<>();

	private final AtomicInteger chargeCount = new AtomicInteger();

	private final JsonMapper json;

	private final Duration latency;

	SimulatedGateway(JsonMapper json, PaymentSettings settings) {
		this.json = json;
		this.latency = settings.simulated().latency();
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean answersInstantly() {
		return this.latency.isZero();
	}

	@Override
	public Outcome charge(Charge charge) {
		this.chargeCount.incrementAndGet();
		// known from the moment it is asked, so that a look-up meanwhile hears it is
		// under way rather than that it does not exist
		this.charges.put(charge.paymentId(), Outcome.unknown(null, response(null, "processing")));
		pause();
		String transactionId = "sim_" + charge.paymentId().toString().replace("-", "");
		String token = (charge.token() != null) ? charge.token() : "tok_approve";
		Outcome outcome;
		switch (token) {
			case "tok_decline" -> outcome = Outcome.failed(transactionId, "card_declined", "The card was declined.",
					response(transactionId, "declined"));
			case "tok_insufficient_funds" -> outcome = Outcome.failed(transactionId, "insufficient_funds",
					"The card has insufficient funds.", response(transactionId, "declined"));
			case "tok_error" -> outcome = Outcome.failed(null, "gateway_error",
					"The gateway failed to process the charge.", response(null, "error"));
			case "tok_timeout" -> {
				this.charges.put(charge.paymentId(), Outcome.succeeded(transactionId, response(transactionId, "paid")));
				return Outcome.unknown(null, response(null, "timeout"));
			}
			case "tok_timeout_decline" -> {
				this.charges.put(charge.paymentId(), Outcome.failed(transactionId, "card_declined",
						"The card was declined.", response(transactionId, "declined")));
				return Outcome.unknown(null, response(null, "timeout"));
			}
			default -> outcome = Outcome.succeeded(transactionId, response(transactionId, "paid"));
		}
		this.charges.put(charge.paymentId(), outcome);
		return outcome;
	}

	@Override
	public Outcome lookUp(UUID paymentId) {
		Outcome known = this.charges.get(paymentId);
		return (known != null) ? known : Outcome.failed(null, "charge_not_found", "The gateway has no such charge.",
				response(null, "not_found"));
	}

	@Override
	public String refund(String transactionId, UUID refundId, Money amount, String currency) throws GatewayException {
		pause();
		if (!transactionId.startsWith("sim_")) {
			throw new GatewayException("no such charge: " + transactionId);
		}
		return "re_sim_" + refundId.toString().replace("-", "");
	}

	@Override
	public Notice parse(byte[] body) {
		JsonNode event;
		try {
			event = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new PaymentsException.InvalidWebhook("the body is not JSON");
		}
		if (event == null || !event.isObject()) {
			throw new PaymentsException.InvalidWebhook("the body is not a JSON object");
		}
		String id = text(event, "id");
		String type = text(event, "type");
		JsonNode data = event.path("data");
		if (id == null || id.length() > 255 || type == null || !data.isObject()) {
			throw new PaymentsException.InvalidWebhook("id, type and data are required");
		}
		NoticeType noticeType = switch (type) {
			case "payment.succeeded" -> NoticeType.PAYMENT_SUCCEEDED;
			case "payment.failed" -> NoticeType.PAYMENT_FAILED;
			case "refund.succeeded" -> NoticeType.REFUND_SUCCEEDED;
			default -> throw new PaymentsException.InvalidWebhook("unknown type");
		};
		UUID paymentId;
		try {
			paymentId = UUID.fromString(String.valueOf(text(data, "payment_id")));
		}
		catch (IllegalArgumentException ex) {
			throw new PaymentsException.InvalidWebhook("data.payment_id is not a payment id");
		}
		Money amount = null;
		if (text(data, "amount") != null) {
			try {
				amount = Money.of(text(data, "amount"));
			}
			catch (IllegalArgumentException ex) {
				throw new PaymentsException.InvalidWebhook("data.amount is not an amount");
			}
		}
		if (noticeType == NoticeType.REFUND_SUCCEEDED
				&& (amount == null || !amount.isPositive() || text(data, "refund_id") == null)) {
			throw new PaymentsException.InvalidWebhook("a refund needs data.refund_id and data.amount above zero");
		}
		if (noticeType == NoticeType.PAYMENT_SUCCEEDED && text(data, "transaction_id") == null) {
			throw new PaymentsException.InvalidWebhook("a payment that succeeded needs data.transaction_id");
		}
		return new Notice(id, noticeType, paymentId, text(data, "transaction_id"), text(data, "failure_code"),
				text(data, "failure_message"), text(data, "refund_id"), amount);
	}

	/** How many charges were asked of it since the start, for tests and benchmarks. */
	int chargeCount() {
		return this.chargeCount.get();
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : null;
	}

	private static Map<String, Object> response(@Nullable String transactionId, String status) {
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("gateway", NAME);
		response.put("status", status);
		if (transactionId != null) {
			response.put("id", transactionId);
		}
		return response;
	}

	private void pause() {
		if (this.latency.isZero()) {
			return;
		}
		try {
			Thread.sleep(this.latency.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
