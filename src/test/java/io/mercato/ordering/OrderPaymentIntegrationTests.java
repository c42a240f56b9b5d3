package io.mercato.ordering;

import java.util.List;
import java.util.UUID;

import io.mercato.accounts.AccountsFixtures;
import io.mercato.catalog.CatalogFixtures;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.inventory.InventoryManagement;
import io.mercato.shared.security.CurrentUser;
import io.mercato.testing.MercatoApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The payment-driven part of the status machine, as the payments module drives it through
 * {@link OrderManagement}: starting, failing, retrying and confirming a payment, and what
 * the stock does meanwhile.
 */
@MercatoApiTest
@RecordApplicationEvents
class OrderPaymentIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrderManagement orders;

	@Autowired
	OrderFulfilment fulfilment;

	@Autowired
	InventoryManagement stock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	InventoryFixtures inventory;

	OrderingFixtures ordering;

	Shop shop;

	@BeforeEach
	void setUp() {
		this.inventory = InventoryFixtures.of(CatalogFixtures.of(this.mvc, this.context), this.context);
		this.ordering = OrderingFixtures.of(this.inventory, this.context);
		this.shop = this.inventory.shopkeeper();
	}

	@AfterEach
	void invariantsHold() {
		this.inventory.assertLedgerMatchesStock();
		this.ordering.assertOrdersConsistent();
	}

	@Test
	void aConfirmedPaymentCommitsTheReservation() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		OrderView order = place(lamp);

		OrderView processing = this.orders.startPayment(order.id());
		assertThat(processing.status()).isEqualTo(OrderStatus.PROCESSING);
		assertThat(this.ordering.reservationStates(order.id())).containsExactly("ACTIVE");
		OrderView confirmed = this.orders.confirmPayment(order.id());

		assertThat(confirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(confirmed.paymentStatus()).isEqualTo(PaymentStatus.PAID);
		assertThat(confirmed.paidAt()).isNotNull();
		assertThat(confirmed.version()).isGreaterThan(processing.version());
		assertThat(confirmed.history()).extracting(OrderStatusChange::to)
			.containsExactly(OrderStatus.PENDING, OrderStatus.PROCESSING, OrderStatus.CONFIRMED);
		assertThat(confirmed.history()).last().extracting(OrderStatusChange::actor).isEqualTo(OrderActor.SYSTEM);
		assertThat(this.ordering.reservationStates(order.id())).containsExactly("COMMITTED");
		assertThat(this.stock.availability(List.of(lamp))).containsEntry(lamp, 4);
		assertThat(this.events.stream(OrderStatusChanged.class).filter((event) -> event.orderId().equals(order.id())))
			.extracting(OrderStatusChanged::event)
			.containsExactly(OrderEvent.PAY, OrderEvent.PAYMENT_SUCCEEDED);
	}

	@Test
	void aFailedPaymentKeepsTheStockReservedForAnotherAttempt() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		OrderView order = place(lamp);
		this.orders.startPayment(order.id());

		OrderView failed = this.orders.failPayment(order.id(), "declined: " + "x".repeat(1000));

		assertThat(failed.status()).isEqualTo(OrderStatus.FAILED);
		assertThat(failed.paymentStatus()).isEqualTo(PaymentStatus.FAILED);
		assertThat(failed.history()).last().extracting(OrderStatusChange::reason).asString().hasSize(500);
		assertThat(this.ordering.reservationStates(order.id())).containsExactly("ACTIVE");

		assertThat(this.orders.startPayment(order.id()).status()).isEqualTo(OrderStatus.PROCESSING);
		OrderView confirmed = this.orders.confirmPayment(order.id());
		assertThat(confirmed.paymentStatus()).isEqualTo(PaymentStatus.PAID);
		assertThat(this.ordering.reservationStates(order.id())).containsExactly("COMMITTED");
	}

	@Test
	void paymentStepsOutsideTheTableAreRefusedNamingTheStatus() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		OrderView order = place(lamp);

		assertThatExceptionOfType(OrderingException.InvalidTransition.class)
			.isThrownBy(() -> this.orders.confirmPayment(order.id()))
			.withMessageContaining("PENDING");
		assertThatExceptionOfType(OrderingException.OrderNotFound.class)
			.isThrownBy(() -> this.orders.failPayment(UUID.randomUUID(), "no"));
		this.orders.startPayment(order.id());
		assertThatExceptionOfType(OrderingException.InvalidTransition.class)
			.isThrownBy(() -> this.orders.startPayment(order.id()))
			.withMessageContaining("PROCESSING");
		assertThatExceptionOfType(OrderingException.OrderNotFound.class)
			.isThrownBy(() -> this.orders.startPayment(UUID.randomUUID()));
		assertThat(this.orders.findOrder(order.id()).orElseThrow().history()).hasSize(2);
	}

	/**
	 * Needs {@code InventoryManagement.returnSale}, which the inventory's set-based
	 * branch implements; it fails until that branch is merged.
	 */
	@Test
	void cancellingAPaidOrderReturnsItsStockAndSaysItWasPaid() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		OrderView order = place(lamp);
		this.orders.startPayment(order.id());
		this.orders.confirmPayment(order.id());
		CurrentUser admin = AccountsFixtures.of(this.context).adminUser();

		OrderView cancelled = this.fulfilment.cancel(new OrderCaller(admin, null), order.id(), null,
				"out of stock after all");

		assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(cancelled.paymentStatus()).isEqualTo(PaymentStatus.PAID);
		assertThat(this.ordering.reservationStates(order.id())).containsExactly("RETURNED");
		assertThat(this.stock.availability(List.of(lamp))).containsEntry(lamp, 5);
		assertThat(this.events.stream(OrderCancelled.class).filter((event) -> event.orderId().equals(order.id())))
			.singleElement()
			.satisfies((event) -> assertThat(event.paid()).isTrue());
	}

	private OrderView place(UUID productId) {
		CurrentUser customer = this.ordering.customer();
		return this.transactions.execute((tx) -> this.ordering.place(customer, productId)).order();
	}

}
