package io.mercato.ordering;

import java.util.List;
import java.util.UUID;

import io.mercato.catalog.CatalogFixtures;
import io.mercato.inventory.InsufficientStockException;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.InvalidFieldsException;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.QueryCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Placing orders through {@link OrderManagement#placeOrder}: the copies an order keeps,
 * its totals, its reservation, and the statements it takes.
 */
@MercatoApiTest
class OrderPlacementIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrderManagement orders;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

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
	void anOrderCopiesItsLinesAndAddressAndReservesItsStock() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		CurrentUser customer = this.ordering.customer();

		PlacedOrder placed = this.transactions.execute((tx) -> this.ordering.place(customer, lamp));

		OrderView order = placed.order();
		assertThat(placed.orderToken()).isNull();
		assertThat(order.orderNumber()).matches("^ORD-[0-9A-HJKMNP-TV-Z]{8}$");
		assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.UNPAID);
		assertThat(order.subtotal()).isEqualTo(Money.of("25.00"));
		assertThat(order.shippingCost()).isEqualTo(Money.of("5.00"));
		assertThat(order.total()).isEqualTo(Money.of("30.00"));
		assertThat(order.shippingAddress().city()).isEqualTo("Berlin");
		assertThat(order.items()).singleElement().satisfies((item) -> {
			assertThat(item.productId()).isEqualTo(lamp);
			assertThat(item.shippingShare()).isEqualTo(Money.of("5.00"));
		});
		assertThat(this.ordering.reservationStates(order.id())).containsExactly("ACTIVE");
		assertThat(this.orders.findOrder(order.id()))
			.hasValueSatisfying((stored) -> assertThat(stored.version()).as("the version the placement answers")
				.isEqualTo(order.version()));
	}

	@Test
	void anOrderKeepsTheShopsOfItsLinesWhichTheDatabaseHoldsToItsLines() {
		Shop other = this.inventory.shopkeeper();
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		UUID chair = this.inventory.stockedProduct(other, 5);
		UUID vase = this.inventory.stockedProduct(this.shop, 5);

		UUID orderId = this.transactions
			.execute((tx) -> this.ordering.place(this.ordering.customer(), lamp, chair, vase))
			.order()
			.id();

		assertThat(shopsOf(orderId)).as("each shop once, in the order of its first line")
			.containsExactly(this.shop.user().id(), other.user().id());
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((tx) -> this.jdbc
			.sql("update ordering.customer_order set shopkeeper_ids = array[?]::uuid[] where id = ?")
			.params(this.shop.user().id(), orderId)
			.update())).as("a shop dropped from the order without its lines")
			.hasStackTraceContaining("does not add up to its lines");
		assertThat(shopsOf(orderId)).containsExactly(this.shop.user().id(), other.user().id());
	}

	private List<UUID> shopsOf(UUID orderId) {
		return this.jdbc.sql("select unnest(shopkeeper_ids) from ordering.customer_order where id = ?")
			.param(orderId)
			.query(UUID.class)
			.list();
	}

	@Test
	void aGuestOrderToAFreeTextAddressGetsItsTokenOnce() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);

		PlacedOrder placed = this.transactions
			.execute((tx) -> this.orders.placeOrder(OrderingFixtures.guestOrder("Grace@Example.com", lamp, 2)));

		assertThat(placed.orderToken()).hasSize(43);
		assertThat(placed.order().customerEmail()).isEqualTo("grace@example.com");
		assertThat(placed.order().shippingAddressText()).isEqualTo("Unter den Linden 1, 10117 Berlin");
		assertThat(placed.order().total()).isEqualTo(Money.of("55.00"));
	}

	@Test
	void aShortLineLeavesNoOrderAndNoReservation() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 1);
		UUID shade = this.inventory.stockedProduct(this.shop, 5);
		CurrentUser customer = this.ordering.customer();
		long before = this.ordering.orderCount();

		assertThatThrownBy(() -> this.transactions
			.execute((tx) -> this.orders.placeOrder(new PlaceOrder(OrderCustomer.user(customer.id()),
					List.of(PlaceOrder.Line.of(shade, 1), PlaceOrder.Line.of(lamp, 2)),
					ShipTo.address(this.ordering.berlin(customer)), null, null, null, PaymentMethod.CREDIT_CARD, null,
					null, null))))
			.isInstanceOf(InsufficientStockException.class);

		assertThat(this.ordering.orderCount()).isEqualTo(before);
	}

	@Test
	void oneLineAndTenLinesTakeTheSameStatements() {
		CurrentUser customer = this.ordering.customer();
		UUID[] ten = new UUID[10];
		for (int i = 0; i < ten.length; i++) {
			ten[i] = this.inventory.stockedProduct(this.shop, 5);
		}
		PlaceOrder one = this.ordering.order(customer, ten[0]);
		PlaceOrder many = this.ordering.order(customer, ten);

		QueryCounter.reset();
		this.transactions.execute((tx) -> this.orders.placeOrder(one));
		long forOne = QueryCounter.count();
		QueryCounter.reset();
		this.transactions.execute((tx) -> this.orders.placeOrder(many));
		long forTen = QueryCounter.count();

		assertThat(forTen).isEqualTo(forOne);
		assertThat(forOne).isLessThanOrEqualTo(16);
	}

	@Test
	void anOrderBeyondWhatAnOrderCanHoldIsRefusedBeforeAnythingIsReserved() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		CurrentUser customer = this.ordering.customer();
		PlaceOrder tooDear = new PlaceOrder(OrderCustomer.user(customer.id()), List.of(PlaceOrder.Line.of(lamp, 1)),
				ShipTo.address(this.ordering.berlin(customer)), null, null, Money.MAX, PaymentMethod.CREDIT_CARD, null,
				null, null);
		long before = this.ordering.orderCount();

		assertThatThrownBy(() -> this.orders.placeOrder(tooDear)).isInstanceOfSatisfying(InvalidFieldsException.class,
				(refusal) -> assertThat(refusal.errors()).singleElement()
					.satisfies((error) -> assertThat(error.field()).isEqualTo("items")));

		assertThat(this.ordering.orderCount()).isEqualTo(before);
	}

	@Test
	void aShopkeeperSeesTheirLinesAndShareButNoBillingAddressNorOthersIds() {
		Shop other = this.inventory.shopkeeper();
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		UUID vase = this.inventory.stockedProduct(other, 5);
		CurrentUser customer = this.ordering.customer();
		OrderAddress berlin = this.ordering.berlin(customer);
		OrderView order = this.orders
			.placeOrder(new PlaceOrder(OrderCustomer.user(customer.id()),
					List.of(PlaceOrder.Line.of(lamp, 1), PlaceOrder.Line.of(vase, 2)), ShipTo.address(berlin), berlin,
					null, null, PaymentMethod.CREDIT_CARD, null, null, null))
			.order();

		OrderView seen = this.context.getBean(OrderBook.class).order(new OrderCaller(other.user(), null), order.id());

		assertThat(seen.items()).singleElement().satisfies((item) -> assertThat(item.productId()).isEqualTo(vase));
		assertThat(seen.subtotal()).isEqualTo(Money.of("50.00"));
		assertThat(seen.total())
			.isEqualTo(seen.subtotal().minus(seen.discountTotal()).plus(seen.shippingCost()).plus(seen.tax()));
		assertThat(seen.billingAddress()).isNull();
		assertThat(seen.shippingAddress()).isNotNull();
		assertThat(seen.history()).allSatisfy((change) -> assertThat(change.actorId()).isNull());
		assertThat(order.billingAddress()).isNotNull();
		assertThat(order.history()).first()
			.satisfies((change) -> assertThat(change.actorId()).isEqualTo(customer.id()));
	}

}
