package io.mercato.payments.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mercato.ordering.OrderManagement;
import io.mercato.payments.GatewayWebhooks;
import io.mercato.payments.PaymentStatus;
import io.mercato.payments.PaymentsException;
import io.mercato.payments.internal.PaymentGateway.Notice;
import io.mercato.payments.internal.PaymentGateway.Outcome;
import io.mercato.shared.database.SqlValues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Gateways' webhooks: the signature checked first, each event applied once, through the
 * same {@link PaymentService#settle} as a payment's own answer.
 */
@Service
class WebhookService implements GatewayWebhooks {

	private static final Logger logger = LoggerFactory.getLogger(WebhookService.class);

	private static final String SIGNED_AT = "t";

	private static final String SIGNATURE = "v1";

	private final PaymentService service;

	private final OrderManagement orders;

	private final PaymentRepository payments;

	private final PaymentSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	WebhookService(PaymentService service, OrderManagement orders, PaymentRepository payments, PaymentSettings settings,
			JdbcClient jdbc, Clock clock) {
		this.service = service;
		this.orders = orders;
		this.payments = payments;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public boolean receive(String gatewayName, String signature, byte[] body) {
		PaymentGateway gateway = this.service.gateway(gatewayName);
		verify(this.settings.webhookSecrets().get(gateway.name()), signature, body);
		Notice notice = gateway.parse(body);
		int stored = this.jdbc.sql("""
				insert into payments.webhook_event (gateway, event_id, type, payment_id, received_at)
				select ?, ?, ?, p.id, ? from payments.payment p where p.id = ? and p.gateway = ?
				on conflict (gateway, event_id) do nothing""")
			.params(gateway.name(), notice.eventId(), notice.type().name(), SqlValues.timestamp(this.clock.instant()),
					notice.paymentId(), gateway.name())
			.update();
		if (stored == 0) {
			boolean seen = this.jdbc
				.sql("select count(*) from payments.webhook_event where gateway = ? and event_id = ?")
				.params(gateway.name(), notice.eventId())
				.query(Long.class)
				.single() > 0;
			if (!seen) {
				throw new PaymentsException.InvalidWebhook("it names no payment of this gateway");
			}
			return false;
		}
		// the order's row lock before the payment's, as every payment step takes them
		this.payments.findOrderIdById(notice.paymentId()).ifPresent(this.orders::holdForPayment);
		Payment payment = this.payments.findForUpdate(notice.paymentId()).orElseThrow();
		return apply(payment, notice);
	}

	private boolean apply(Payment payment, Notice notice) {
		Map<String, Object> response = Map.of("webhook_event", notice.eventId(), "type", notice.type().name());
		switch (notice.type()) {
			case PAYMENT_SUCCEEDED -> {
				// a failed charge that took the money after all counts as any late
				// success
				if (!payment.isUnresolved() && payment.getStatus() != PaymentStatus.FAILED) {
					return false;
				}
				this.service.settle(payment, Outcome.succeeded(notice.transactionId(), response),
						this.service.recipients(payment.getOrderId()), false);
				return true;
			}
			case PAYMENT_FAILED -> {
				if (!payment.isUnresolved()) {
					// money taken is given back only by a refund, never by a late failure
					if (payment.getStatus() == PaymentStatus.COMPLETED) {
						logger.warn("Gateway reported payment {} failed after it completed; left as it is",
								payment.getId());
					}
					return false;
				}
				this.service.settle(payment,
						Outcome.failed(notice.transactionId(),
								(notice.failureCode() != null) ? notice.failureCode() : "gateway_error",
								(notice.failureMessage() != null) ? notice.failureMessage()
										: "The gateway reported the payment failed.",
								response),
						this.service.recipients(payment.getOrderId()), false);
				return true;
			}
			default -> {
				String reference = (notice.refundReference() != null) ? notice.refundReference() : notice.eventId();
				if (payment.hasRefund(reference)) {
					return false;
				}
				if (notice.amount() == null || notice.amount().compareTo(payment.refundable()) > 0) {
					throw new PaymentsException.InvalidWebhook("the refund is more than is left of the payment");
				}
				this.service.recordGatewayRefund(payment, notice.amount(), reference);
				return true;
			}
		}
	}

	/**
	 * Checks the signature header ({@code t=<unix seconds>,v1=<hex>}, more than one
	 * {@code v1} allowed while a secret is rolled) against the body, and the timestamp
	 * against the tolerance.
	 */
	void verify(String secret, String header, byte[] body) {
		if (!StringUtils.hasText(secret)) {
			throw new PaymentsException.InvalidSignature("no webhook secret is configured for this gateway");
		}
		Long signedAt = null;
		List<String> signatures = new ArrayList<>();
		for (String part : (header != null) ? header.split(",") : new String[0]) {
			int equals = part.indexOf('=');
			if (equals < 0) {
				continue;
			}
			String key = part.substring(0, equals).strip();
			String value = part.substring(equals + 1).strip();
			if (SIGNED_AT.equals(key) && value.matches("[0-9]{1,12}")) {
				signedAt = Long.parseLong(value);
			}
			else if (SIGNATURE.equals(key) && value.matches("[0-9a-fA-F]{64}")) {
				signatures.add(value.toLowerCase());
			}
		}
		if (signedAt == null || signatures.isEmpty()) {
			throw new PaymentsException.InvalidSignature("the header must be t=<unix seconds>,v1=<hex HMAC-SHA256>");
		}
		Duration age = Duration.between(Instant.ofEpochSecond(signedAt), this.clock.instant()).abs();
		if (age.compareTo(this.settings.webhookTolerance()) > 0) {
			throw new PaymentsException.InvalidSignature(
					"its timestamp is more than " + this.settings.webhookTolerance().toMinutes() + " minutes from now");
		}
		byte[] expected = HexFormat.of().formatHex(sign(secret, signedAt, body)).getBytes(StandardCharsets.US_ASCII);
		boolean matches = false;
		for (String candidate : signatures) {
			matches |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
		}
		if (!matches) {
			throw new PaymentsException.InvalidSignature("it does not match the body");
		}
	}

	/** HMAC-SHA256 of {@code "<t>.<body>"} under the secret. */
	static byte[] sign(String secret, long signedAt, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((signedAt + ".").getBytes(StandardCharsets.US_ASCII));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
