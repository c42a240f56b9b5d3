package io.mercato.payments;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.ordering.OrderManagement;
import io.mercato.ordering.OrderStatus;
import io.mercato.ordering.OrderView;
import io.mercato.ordering.PaymentMethod;
import io.mercato.payments.internal.PaymentJobs;
import io.mercato.testing.MercatoApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gateways' webhooks: signed events apply once however often they come, through the same
 * code as the payment request; anything unsigned, mis-signed or stale changes nothing.
 */
@MercatoApiTest
class WebhookApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrderManagement orders;

	@Autowired
	JdbcClient jdbc;

	@Value("${mercato.payments.webhook-secrets.simulated}")
	String secret;

	AccountsFixtures accounts;

	InventoryFixtures inventory;

	PaymentsFixtures payments;

	Shop shop;

	@BeforeEach
	void setUp() {
		this.payments = PaymentsFixtures.of(this.mvc, this.context);
		this.accounts = this.payments.accounts();
		this.inventory = this.payments.inventory();
		this.shop = this.inventory.shop();
	}

	@AfterEach
	void invariantsHold() {
		this.payments.assertInvariants();
	}

	@Test
	void aSignedEventAppliesOnceThoughDeliveredThreeTimes() {
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.CREDIT_CARD,
				this.inventory.stockedProduct(this.shop, 5), 1);
		String paymentId = PaymentsFixtures.id(this.payments.pay(customer, order.id(), "tok_timeout"));
		String event = event("evt_" + UUID.randomUUID(), "payment.succeeded", paymentId);

		MvcTestResult first = deliver(event, signature(Instant.now(), event));
		MvcTestResult second = deliver(event, signature(Instant.now(), event));
		MvcTestResult third = deliver(event, signature(Instant.now(), event));

		assertThat(first).hasStatusOk().bodyJson().extractingPath("$.applied").isEqualTo(true);
		assertThat(second).hasStatusOk().bodyJson().extractingPath("$.applied").isEqualTo(false);
		assertThat(third).hasStatusOk().bodyJson().extractingPath("$.applied").isEqualTo(false);
		assertThat(this.payments.paymentStatuses(order.id())).containsExactly("COMPLETED");
		OrderView paid = this.orders.findOrder(order.id()).orElseThrow();
		assertThat(paid.status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(paid.history()).hasSize(3);
		assertThat(this.jdbc.sql("select count(*) from payments.webhook_event where payment_id = ?::uuid")
			.param(paymentId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aFailureAndARefundAtTheGatewayApplyThroughTheSameRules() {
		Session customer = this.accounts.customer();
		OrderView failing = this.payments.place(customer, PaymentMethod.CREDIT_CARD,
				this.inventory.stockedProduct(this.shop, 5), 1);
		String failingId = PaymentsFixtures.id(this.payments.pay(customer, failing.id(), "tok_timeout"));
		String failed = event("evt_" + UUID.randomUUID(), "payment.failed", failingId);
		assertThat(deliver(failed, signature(Instant.now(), failed))).hasStatusOk();
		assertThat(this.orders.findOrder(failing.id()).orElseThrow().status()).isEqualTo(OrderStatus.FAILED);

		OrderView paid = this.payments.place(customer, PaymentMethod.CREDIT_CARD,
				this.inventory.stockedProduct(this.shop, 5), 1);
		String paidId = PaymentsFixtures.id(this.payments.pay(customer, paid.id(), "tok_approve"));
		String refund = """
				{"id": "evt_%s", "type": "refund.succeeded", "data": {"payment_id": "%s", "refund_id": "re_dash_1", \
				"amount": "10.00"}}""".formatted(UUID.randomUUID(), paidId);
		assertThat(deliver(refund, signature(Instant.now(), refund))).hasStatusOk();
		assertThat(this.payments.refunded(paid.id())).isEqualByComparingTo("10.00");
		assertThat(this.orders.findOrder(paid.id()).orElseThrow().paymentStatus())
			.isEqualTo(io.mercato.ordering.PaymentStatus.PARTIALLY_REFUNDED);
		String tooMuch = """
				{"id": "evt_%s", "type": "refund.succeeded", "data": {"payment_id": "%s", "refund_id": "re_dash_2", \
				"amount": "999.00"}}""".formatted(UUID.randomUUID(), paidId);
		assertThat(deliver(tooMuch, signature(Instant.now(), tooMuch))).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.payments.refunded(paid.id())).isEqualByComparingTo("10.00");
	}

	@Test
	void aBadSignatureOrAStaleTimestampIsRefusedAndChangesNothing() {
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.CREDIT_CARD,
				this.inventory.stockedProduct(this.shop, 5), 1);
		String paymentId = PaymentsFixtures.id(this.payments.pay(customer, order.id(), "tok_timeout"));
		String event = event("evt_" + UUID.randomUUID(), "payment.succeeded", paymentId);
		Instant now = Instant.now();

		assertRefused(deliver(event, null), "invalid_signature");
		assertRefused(deliver(event, "t=" + now.getEpochSecond() + ",v1=" + "0".repeat(64)), "invalid_signature");
		assertRefused(deliver(event, PaymentJobs.signature("another secret", now.getEpochSecond(), bytes(event))),
				"invalid_signature");
		assertRefused(deliver(event.replace("succeeded", "failed"), signature(now, event)), "invalid_signature");
		// ten seconds past the five minutes' tolerance: a slow machine may take a second
		// or
		// two between signing and checking
		assertRefused(deliver(event, signature(now.minusSeconds(310), event)), "invalid_signature");
		assertRefused(deliver(event, signature(now.plusSeconds(310), event)), "invalid_signature");
		assertRefused(deliver(event, "t=abc,v1=xyz"), "invalid_signature");
		assertRefused(deliver(event, "v1=" + "a".repeat(64)), "invalid_signature");
		String broken = "{\"id\": \"evt_1\", \"type\": \"payment.exploded\", \"data\": {}}";
		assertRefused(deliver(broken, signature(now, broken)), "invalid_webhook");
		String unnamed = "{\"id\": \"evt_2\", \"type\": \"payment.succeeded\", \"data\": {\"payment_id\": \"%s\"}}"
			.formatted(paymentId);
		assertRefused(deliver(unnamed, signature(now, unnamed)), "invalid_webhook");
		String notJson = "not json\u0000";
		assertRefused(deliver(notJson, signature(now, notJson)), "invalid_webhook");
		String stranger = event("evt_" + UUID.randomUUID(), "payment.succeeded", UUID.randomUUID().toString());
		assertRefused(deliver(stranger, signature(now, stranger)), "invalid_webhook");
		assertThat(this.mvc.post()
			.uri("/api/v1/payments/webhooks/stripe")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Mercato-Signature", signature(now, event))
			.content(event)).hasStatus(HttpStatus.BAD_REQUEST);

		String huge = "{\"id\": \"" + "x".repeat(1024 * 1024) + "\"}";
		assertThat(deliver(huge, signature(now, huge))).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("payload_too_large");

		assertThat(this.payments.paymentStatuses(order.id())).containsExactly("PROCESSING");
		assertThat(this.orders.findOrder(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PROCESSING);
		assertThat(this.jdbc.sql("select count(*) from payments.webhook_event where payment_id = ?::uuid")
			.param(paymentId)
			.query(Long.class)
			.single()).isZero();
		assertThat(deliver(event, signature(now, event))).as("the genuine event, afterwards").hasStatusOk();
	}

	private MvcTestResult deliver(String body, String signature) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.post()
			.uri("/api/v1/payments/webhooks/simulated")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (signature != null) {
			request = request.header("Mercato-Signature", signature);
		}
		return request.exchange();
	}

	private String signature(Instant at, String body) {
		return PaymentJobs.signature(this.secret, at.getEpochSecond(), bytes(body));
	}

	private static byte[] bytes(String body) {
		return body.getBytes(StandardCharsets.UTF_8);
	}

	private static String event(String id, String type, String paymentId) {
		return "{\"id\": \"%s\", \"type\": \"%s\", \"data\": {\"payment_id\": \"%s\", \"transaction_id\": \"sim_%s\"}}"
			.formatted(id, type, paymentId, paymentId.replace("-", ""));
	}

	private static void assertRefused(MvcTestResult result, String code) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code").isEqualTo(code);
	}

}
