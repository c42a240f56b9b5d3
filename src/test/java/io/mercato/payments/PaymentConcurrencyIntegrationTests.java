package io.mercato.payments;

import java.util.List;
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
import io.mercato.testing.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty customers' devices paying one order at once: one charge reaches the gateway, one
 * payment completes, everyone else hears why not.
 */
@MercatoApiTest
class PaymentConcurrencyIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrderManagement orders;

	@Autowired
	JdbcClient jdbc;

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
	void ofTwentyConcurrentPaymentsOfOneOrderExactlyOneIsCharged() throws Exception {
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.CREDIT_CARD,
				this.inventory.stockedProduct(this.shop, 5), 1);
		int chargesBefore = PaymentJobs.simulatedCharges(this.context);

		List<Race.Outcome<String>> outcomes = Race.of(20, (i) -> {
			var result = this.payments.pay(customer, order.id(), "tok_approve");
			String body = AccountsFixtures.body(result);
			return result.getResponse().getStatus() + (body.contains("already_paid") ? " already_paid" : "")
					+ (body.contains("payment_in_progress") ? " payment_in_progress" : "");
		});

		assertThat(outcomes).allMatch(Race.Outcome::succeeded);
		assertThat(outcomes).extracting(Race.Outcome::value).filteredOn("201"::equals).hasSize(1);
		assertThat(outcomes).extracting(Race.Outcome::value)
			.filteredOn((status) -> !"201".equals(status))
			.allMatch((status) -> status.equals("409 already_paid") || status.equals("409 payment_in_progress"));
		assertThat(PaymentJobs.simulatedCharges(this.context) - chargesBefore).as("charges at the gateway")
			.isEqualTo(1);
		assertThat(this.payments.paymentStatuses(order.id())).containsExactly("COMPLETED");
		assertThat(this.orders.findOrder(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.CONFIRMED);
	}

	@Test
	void concurrentPaymentsOfDifferentOrdersOfOneProductSellItsStockOnce() throws Exception {
		UUID lamp = this.inventory.stockedProduct(this.shop, 8);
		List<Session> customers = java.util.stream.IntStream.range(0, 8)
			.mapToObj((i) -> this.accounts.customer())
			.toList();
		List<OrderView> placed = customers.stream()
			.map((customer) -> this.payments.place(customer, PaymentMethod.CREDIT_CARD, lamp, 1))
			.toList();

		List<Race.Outcome<Integer>> outcomes = Race.of(8,
				(i) -> this.payments.pay(customers.get(i), placed.get(i).id(), "tok_approve")
					.getResponse()
					.getStatus());

		assertThat(outcomes).extracting(Race.Outcome::value).containsOnly(201);
		assertThat(this.jdbc.sql("select quantity from inventory.stock where product_id = ?")
			.param(lamp)
			.query(Integer.class)
			.single()).isZero();
	}

}
