package io.mercato.payments;

import java.util.List;

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
import io.mercato.testing.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway that takes its time is called outside the order's row lock: the order is
 * PROCESSING while it answers, so concurrent attempts hear payment_in_progress at once
 * instead of queueing behind the call, and still only one charge is made.
 */
@MercatoApiTest
@TestPropertySource(properties = "mercato.payments.simulated.latency=300ms")
class SlowGatewayIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrderManagement orders;

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
	void concurrentAttemptsHearThePaymentIsInProgressWhileTheGatewayWorks() throws Exception {
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.CREDIT_CARD,
				this.inventory.stockedProduct(this.shop, 5), 1);
		int chargesBefore = PaymentJobs.simulatedCharges(this.context);

		List<Race.Outcome<Integer>> outcomes = Race.of(10,
				(i) -> this.payments.pay(customer, order.id(), "tok_approve").getResponse().getStatus());

		assertThat(outcomes).extracting(Race.Outcome::value).filteredOn((status) -> status == 201).hasSize(1);
		assertThat(outcomes).extracting(Race.Outcome::value)
			.filteredOn((status) -> status != 201)
			.containsOnly(HttpStatus.CONFLICT.value());
		assertThat(PaymentJobs.simulatedCharges(this.context) - chargesBefore).isEqualTo(1);
		assertThat(this.orders.findOrder(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.CONFIRMED);
	}

	@Test
	void aDeclineFromASlowGatewayFailsTheOrderAfterItWasProcessing() {
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.CREDIT_CARD,
				this.inventory.stockedProduct(this.shop, 5), 1);

		assertThat(this.payments.pay(customer, order.id(), "tok_decline")).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("FAILED");

		assertThat(this.orders.findOrder(order.id()).orElseThrow().history())
			.extracting((change) -> change.from() + ">" + change.to())
			.containsExactly("null>PENDING", "PENDING>PROCESSING", "PROCESSING>FAILED");
	}

}
