package io.mercato.ordering;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import io.mercato.catalog.CatalogFixtures;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.inventory.InventoryManagement;
import io.mercato.ordering.internal.OrderingJobs;
import io.mercato.promotions.PromotionView;
import io.mercato.promotions.PromotionsFixtures;
import io.mercato.shared.database.SqlValues;
import io.mercato.shared.security.CurrentUser;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expiry job: unpaid orders past their reservation window are cancelled with reason
 * {@code expired}, their stock released and their promotion use given back; orders being
 * paid, paid or still in their window are left alone. The window is moved into the past
 * rather than waited for.
 */
@MercatoApiTest
@RecordApplicationEvents
class OrderExpiryIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrderManagement orders;

	@Autowired
	InventoryManagement stock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

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
	void anUnpaidOrderPastItsWindowIsCancelledAndItsStockAndPromotionUseComeBack() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		PromotionsFixtures promotions = PromotionsFixtures.of(this.context);
		PromotionView promotion = promotions.percentagePromotion(PromotionsFixtures.uniqueCode("EXPIRE"), "10");
		CurrentUser customer = this.ordering.customer();
		OrderView order = this.transactions
			.execute((tx) -> this.orders.placeOrder(new PlaceOrder(OrderCustomer.user(customer.id()),
					List.of(PlaceOrder.Line.of(lamp, 2)), ShipTo.address(this.ordering.berlin(customer)), null, null,
					null, PaymentMethod.CREDIT_CARD, promotion.code(), null, null)))
			.order();
		assertThat(order.reservationExpiresAt()).isEqualTo(order.placedAt().plus(Duration.ofMinutes(15)));
		assertThat(available(lamp)).isEqualTo(3);
		OrderingJobs.expireOverdueOrders(this.context);
		assertThat(status(order.id())).as("within its window").isEqualTo(OrderStatus.PENDING);

		overdue(order.id());
		assertThat(OrderingJobs.expireOverdueOrders(this.context)).isPositive();

		OrderView expired = this.orders.findOrder(order.id()).orElseThrow();
		assertThat(expired.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(expired.cancellationReason()).isEqualTo("expired");
		assertThat(expired.history()).last().satisfies((change) -> {
			assertThat(change.actor()).isEqualTo(OrderActor.SYSTEM);
			assertThat(change.reason()).isEqualTo("expired");
		});
		assertThat(available(lamp)).isEqualTo(5);
		assertThat(this.ordering.reservationStates(order.id())).containsExactly("RELEASED");
		assertThat(promotions.usageCount(promotion.id())).isZero();
		assertThat(this.events.stream(OrderCancelled.class).filter((event) -> event.orderId().equals(order.id())))
			.singleElement()
			.satisfies((event) -> {
				assertThat(event.paid()).isFalse();
				assertThat(event.reason()).isEqualTo("expired");
			});
		OrderingJobs.expireOverdueOrders(this.context);
		assertThat(this.orders.findOrder(order.id()).orElseThrow().history()).as("after a second run").hasSize(2);
	}

	@Test
	void anOrderWhosePaymentFailedExpiresButOneBeingPaidOrPaidDoesNot() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 10);
		OrderView failed = place(lamp);
		this.orders.startPayment(failed.id());
		this.orders.failPayment(failed.id(), "declined");
		OrderView processing = place(lamp);
		this.orders.startPayment(processing.id());
		OrderView paid = place(lamp);
		this.orders.startPayment(paid.id());
		this.orders.confirmPayment(paid.id());
		for (OrderView order : List.of(failed, processing, paid)) {
			overdue(order.id());
		}

		OrderingJobs.expireOverdueOrders(this.context);

		assertThat(status(failed.id())).isEqualTo(OrderStatus.CANCELLED);
		assertThat(status(processing.id())).isEqualTo(OrderStatus.PROCESSING);
		assertThat(status(paid.id())).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(available(lamp)).isEqualTo(8);
	}

	@Test
	void expiresMoreOverdueOrdersThanOneBatchHolds() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 300);
		CurrentUser customer = this.ordering.customer();
		PlaceOrder command = this.ordering.order(customer, lamp);
		List<UUID> ids = this.transactions.execute(
				(tx) -> IntStream.range(0, 201).mapToObj((i) -> this.orders.placeOrder(command).order().id()).toList());
		ids.forEach(this::overdue);

		assertThat(OrderingJobs.expireOverdueOrders(this.context)).isGreaterThanOrEqualTo(201);
		assertThat(ids).allSatisfy((id) -> assertThat(status(id)).isEqualTo(OrderStatus.CANCELLED));

		assertThat(available(lamp)).isEqualTo(300);
	}

	@Test
	void anExpiryRacingAPaymentStartLeavesTheOrderEitherCancelledOrBeingPaid() throws InterruptedException {
		UUID lamp = this.inventory.stockedProduct(this.shop, 40);
		List<OrderView> placed = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			placed.add(place(lamp));
			overdue(placed.get(i).id());
		}

		List<Race.Outcome<Object>> outcomes = Race
			.run(List.<Callable<Object>>of(() -> OrderingJobs.expireOverdueOrders(this.context),
					() -> placed.stream().map((order) -> startPaymentOrRefusal(order.id())).toList()));

		assertThat(outcomes).allSatisfy((outcome) -> assertThat(outcome.succeeded()).isTrue());
		for (OrderView order : placed) {
			OrderView now = this.orders.findOrder(order.id()).orElseThrow();
			assertThat(now.status()).isIn(OrderStatus.CANCELLED, OrderStatus.PROCESSING);
			assertThat(now.history()).as("the placement and one change").hasSize(2);
			assertThat(this.ordering.reservationStates(order.id()))
				.containsExactly((now.status() == OrderStatus.CANCELLED) ? "RELEASED" : "ACTIVE");
		}
	}

	/**
	 * Starts the payment, or answers the code of the refusal when the order expired
	 * first.
	 */
	private Object startPaymentOrRefusal(UUID orderId) {
		try {
			return this.orders.startPayment(orderId).status();
		}
		catch (OrderingException.InvalidTransition refusal) {
			return refusal.code();
		}
	}

	private OrderView place(UUID productId) {
		CurrentUser customer = this.ordering.customer();
		return this.transactions.execute((tx) -> this.ordering.place(customer, productId)).order();
	}

	/** Moves the order's reservation window into the past. */
	private void overdue(UUID orderId) {
		this.jdbc.sql("update ordering.customer_order set reservation_expires_at = ? where id = ?")
			.params(SqlValues.timestamp(Instant.now().minusSeconds(1)), orderId)
			.update();
	}

	private int available(UUID productId) {
		return this.stock.availability(List.of(productId)).getOrDefault(productId, 0);
	}

	private OrderStatus status(UUID orderId) {
		return this.orders.findOrder(orderId).orElseThrow().status();
	}

}
