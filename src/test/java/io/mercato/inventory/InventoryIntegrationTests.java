package io.mercato.inventory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.mercato.accounts.AccountsFixtures;
import io.mercato.catalog.CatalogFixtures;
import io.mercato.catalog.CatalogManagement;
import io.mercato.catalog.StockStatus;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.testing.QueryCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The inventory as a module, booted with the modules it depends on (catalog, accounts and
 * the shared kernel) and reaching every state through their module APIs: reservations,
 * their release and commit, what the catalog is told and which events are published.
 * After every test, the ledger sums to the stock.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class InventoryIntegrationTests {

	@Autowired
	InventoryManagement inventory;

	@Autowired
	StockKeeping stockKeeping;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	InventoryFixtures fixtures;

	Shop shop;

	@BeforeEach
	void setUp() {
		this.fixtures = InventoryFixtures.of(this.context);
		this.shop = this.fixtures.shopkeeper();
	}

	@AfterEach
	void ledgerMatchesStock() {
		this.fixtures.assertLedgerMatchesStock();
	}

	@Test
	void reservesReleasesAndReservesAgainUnderAReleasedReference() {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 10);
		String order = reference();

		this.inventory.reserve(List.of(new StockLine(lamp, 3)), order);
		assertThat(stock(lamp)).extracting(StockLevel::quantity, StockLevel::reserved, StockLevel::available)
			.containsExactly(10, 3, 7);

		assertThat(this.inventory.release(order)).isTrue();
		assertThat(this.inventory.release(order)).isFalse();
		assertThat(stock(lamp)).extracting(StockLevel::reserved, StockLevel::available).containsExactly(0, 10);

		this.inventory.reserve(List.of(new StockLine(lamp, 4)), order);
		assertThat(stock(lamp)).extracting(StockLevel::reserved, StockLevel::available).containsExactly(4, 6);
	}

	@Test
	void commitSellsTheReservedUnitsOnce() {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 10);
		UUID shade = this.fixtures.stockedProduct(this.shop, 5);
		String order = reference();
		this.inventory.reserve(List.of(new StockLine(shade, 2), new StockLine(lamp, 3)), order);

		assertThat(this.inventory.commit(order)).isTrue();
		assertThat(this.inventory.commit(order)).isFalse();
		assertThat(this.inventory.release(order)).isFalse();

		assertThat(stock(lamp)).extracting(StockLevel::quantity, StockLevel::reserved, StockLevel::available)
			.containsExactly(7, 0, 7);
		assertThat(stock(shade)).extracting(StockLevel::quantity, StockLevel::reserved, StockLevel::available)
			.containsExactly(3, 0, 3);
		assertThat(movementReasons(lamp)).containsExactly("COMMIT", "RESERVE", "RESTOCK");
	}

	@Test
	void releasedReservationsCannotBeCommitted() {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 10);
		String order = reference();
		this.inventory.reserve(List.of(new StockLine(lamp, 3)), order);
		this.inventory.release(order);

		assertThat(this.inventory.commit(order)).isFalse();
		assertThat(stock(lamp)).extracting(StockLevel::quantity, StockLevel::reserved).containsExactly(10, 0);
	}

	@Test
	void reservesAllLinesOrNone() {
		UUID plenty = this.fixtures.stockedProduct(this.shop, 5);
		UUID scarce = this.fixtures.stockedProduct(this.shop, 1);
		UUID neverStocked = this.fixtures.product(this.shop);

		assertThatThrownBy(() -> this.inventory.reserve(
				List.of(new StockLine(plenty, 2), new StockLine(scarce, 3), new StockLine(neverStocked, 1)),
				reference()))
			.isInstanceOfSatisfying(InsufficientStockException.class,
					(ex) -> assertThat(ex.shortages()).containsExactlyInAnyOrder(
							new InsufficientStockException.Shortage(scarce, 3, 1),
							new InsufficientStockException.Shortage(neverStocked, 1, 0)));

		assertThat(stock(plenty).reserved()).isZero();
		assertThat(stock(scarce).reserved()).isZero();
		assertThat(movementReasons(plenty)).containsExactly("RESTOCK");
		assertThat(this.jdbc.sql("select count(*) from inventory.reservation where product_id in (?, ?)")
			.params(plenty, scarce)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void mergesLinesOfTheSameProduct() {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 10);
		String order = reference();

		this.inventory.reserve(List.of(new StockLine(lamp, 1), new StockLine(lamp, 2)), order);

		assertThat(stock(lamp).reserved()).isEqualTo(3);
		assertThat(this.jdbc.sql("select quantity from inventory.reservation where reference = ?")
			.param(order)
			.query(Integer.class)
			.list()).containsExactly(3);
		assertThat(this.fixtures.movementCount(lamp)).isEqualTo(2);
	}

	@Test
	void refusesASecondReservationUnderAHeldReference() {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 10);
		UUID shade = this.fixtures.stockedProduct(this.shop, 10);
		String order = reference();
		this.inventory.reserve(List.of(new StockLine(lamp, 1)), order);

		assertThatThrownBy(() -> this.inventory.reserve(List.of(new StockLine(shade, 1)), order))
			.isInstanceOf(ReservationExistsException.class)
			.extracting("code")
			.isEqualTo("reservation_exists");

		this.inventory.commit(order);
		assertThatThrownBy(() -> this.inventory.reserve(List.of(new StockLine(lamp, 1)), order))
			.isInstanceOf(ReservationExistsException.class);
		assertThat(stock(shade).reserved()).isZero();
		assertThat(stock(lamp).quantity()).isEqualTo(9);
	}

	@Test
	void rejectsMalformedReservations() {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 10);

		assertThatIllegalArgumentException().isThrownBy(() -> this.inventory.reserve(List.of(), reference()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.inventory.reserve(List.of(new StockLine(lamp, 0)), reference()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.inventory.reserve(List.of(new StockLine(lamp, -1)), reference()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.inventory.reserve(List.of(new StockLine(null, 1)), reference()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.inventory.reserve(List.of(new StockLine(lamp, 1)), " "));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.inventory.reserve(List.of(new StockLine(lamp, 1)), "x".repeat(101)));
		assertThat(stock(lamp).reserved()).isZero();
	}

	@Test
	void tellsTheCatalogWhenTheStockStatusChanges() {
		UUID lamp = this.fixtures.product(this.shop);
		assertThat(catalogStatus(lamp)).isEqualTo(StockStatus.OUT_OF_STOCK);

		this.stockKeeping.restock(this.shop.user(), lamp, 10, null);
		assertThat(catalogStatus(lamp)).isEqualTo(StockStatus.IN_STOCK);

		String first = reference();
		this.inventory.reserve(List.of(new StockLine(lamp, 6)), first);
		assertThat(catalogStatus(lamp)).isEqualTo(StockStatus.LOW_STOCK);

		String second = reference();
		this.inventory.reserve(List.of(new StockLine(lamp, 4)), second);
		assertThat(catalogStatus(lamp)).isEqualTo(StockStatus.OUT_OF_STOCK);

		this.inventory.commit(second);
		assertThat(catalogStatus(lamp)).isEqualTo(StockStatus.OUT_OF_STOCK);

		this.inventory.release(first);
		assertThat(catalogStatus(lamp)).isEqualTo(StockStatus.IN_STOCK);

		this.stockKeeping.changeLowStockThreshold(this.shop.user(), lamp, 6);
		assertThat(catalogStatus(lamp)).isEqualTo(StockStatus.LOW_STOCK);

		this.stockKeeping.adjust(this.shop.user(), lamp, -6, "water damage");
		assertThat(catalogStatus(lamp)).isEqualTo(StockStatus.OUT_OF_STOCK);
		assertThat(stock(lamp).stockStatus()).isEqualTo(StockStatus.OUT_OF_STOCK);
	}

	@Test
	void publishesStockLowOncePerFallToTheThreshold(AssertablePublishedEvents events) {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 10);
		String first = reference();

		this.inventory.reserve(List.of(new StockLine(lamp, 4)), first);
		assertThat(stockLows(events, lamp)).isEmpty();

		this.inventory.reserve(List.of(new StockLine(lamp, 1)), reference());
		assertThat(stockLows(events, lamp)).containsExactly(new StockLow(lamp, this.shop.id(), 5, 5));

		this.inventory.reserve(List.of(new StockLine(lamp, 2)), reference());
		this.stockKeeping.adjust(this.shop.user(), lamp, -1, "broken in the shop");
		assertThat(stockLows(events, lamp)).hasSize(1);

		this.inventory.release(first);
		assertThat(stockLows(events, lamp)).hasSize(1);
		this.stockKeeping.adjust(this.shop.user(), lamp, -3, "stock count");
		assertThat(stockLows(events, lamp)).hasSize(2).last().isEqualTo(new StockLow(lamp, this.shop.id(), 3, 5));
	}

	@Test
	void aReservationThatTakesStockToItsThresholdPublishesStockLowForTheShopkeeper(Scenario scenario) {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 8);

		scenario.stimulate(() -> this.inventory.reserve(List.of(new StockLine(lamp, 3)), reference()))
			.andWaitForEventOfType(StockLow.class)
			.matching((event) -> event.productId().equals(lamp))
			.toArriveAndVerify((event) -> assertThat(event).isEqualTo(new StockLow(lamp, this.shop.id(), 5, 5)));
	}

	@Test
	void changingTheThresholdPublishesNoStockLow(AssertablePublishedEvents events) {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 10);

		StockLevel stock = this.stockKeeping.changeLowStockThreshold(this.shop.user(), lamp, 20);

		assertThat(stock.stockStatus()).isEqualTo(StockStatus.LOW_STOCK);
		assertThat(stockLows(events, lamp)).isEmpty();
	}

	@Test
	void answersAvailabilityInOneQuery() {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 10);
		UUID shade = this.fixtures.stockedProduct(this.shop, 3);
		UUID neverStocked = this.fixtures.product(this.shop);
		UUID unknown = UUID.randomUUID();
		this.inventory.reserve(List.of(new StockLine(lamp, 4)), reference());

		QueryCounter.reset();
		Map<UUID, Integer> available = this.inventory.availability(List.of(lamp, shade, neverStocked, unknown, lamp));

		assertThat(QueryCounter.count()).isEqualTo(1);
		assertThat(available)
			.containsExactlyInAnyOrderEntriesOf(Map.of(lamp, 6, shade, 3, neverStocked, 0, unknown, 0));
	}

	@Test
	void givesUnstockedProductsTheDefaultThreshold() {
		UUID lamp = this.fixtures.product(this.shop);

		assertThat(stock(lamp))
			.extracting(StockLevel::quantity, StockLevel::reserved, StockLevel::lowStockThreshold,
					StockLevel::stockStatus, StockLevel::lastRestockedAt)
			.containsExactly(0, 0, 5, StockStatus.OUT_OF_STOCK, null);
		assertThat(this.fixtures.hasStockRow(lamp)).isFalse();
	}

	@Test
	void returnsACommittedSaleOnce() {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 10);
		UUID shade = this.fixtures.stockedProduct(this.shop, 5);
		String order = reference();
		this.inventory.reserve(List.of(new StockLine(lamp, 3), new StockLine(shade, 2)), order);
		this.inventory.commit(order);
		String held = reference();
		this.inventory.reserve(List.of(new StockLine(lamp, 1)), held);

		assertThat(this.inventory.returnSale(order)).isTrue();
		assertThat(this.inventory.returnSale(order)).isFalse();
		assertThat(this.inventory.commit(order)).isFalse();
		assertThat(this.inventory.release(order)).isFalse();

		assertThat(stock(lamp)).extracting(StockLevel::quantity, StockLevel::reserved, StockLevel::available)
			.containsExactly(10, 1, 9);
		assertThat(stock(shade)).extracting(StockLevel::quantity, StockLevel::reserved, StockLevel::available)
			.containsExactly(5, 0, 5);
		assertThat(movementReasons(lamp)).containsExactly("RETURN", "RESERVE", "COMMIT", "RESERVE", "RESTOCK");
		assertThat(this.jdbc.sql("""
				select delta_quantity, delta_reserved from inventory.stock_movement
				where reference = ? and reason = 'RETURN' order by delta_quantity""")
			.param(order)
			.query((rs, row) -> List.of(rs.getInt("delta_quantity"), rs.getInt("delta_reserved")))
			.list()).containsExactly(List.of(2, 0), List.of(3, 0));
		assertThat(this.jdbc.sql("select distinct state from inventory.reservation where reference = ?")
			.param(order)
			.query(String.class)
			.list()).containsExactly("RETURNED");
		assertThatThrownBy(() -> this.inventory.reserve(List.of(new StockLine(lamp, 1)), order))
			.isInstanceOf(ReservationExistsException.class);
	}

	@Test
	void returnsNothingOfAnActiveOrReleasedReservation() {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 10);
		String active = reference();
		String released = reference();
		this.inventory.reserve(List.of(new StockLine(lamp, 3)), active);
		this.inventory.reserve(List.of(new StockLine(lamp, 2)), released);
		this.inventory.release(released);

		assertThat(this.inventory.returnSale(active)).isFalse();
		assertThat(this.inventory.returnSale(released)).isFalse();
		assertThat(this.inventory.returnSale(reference())).isFalse();

		assertThat(stock(lamp)).extracting(StockLevel::quantity, StockLevel::reserved, StockLevel::available)
			.containsExactly(10, 3, 7);
		assertThat(movementReasons(lamp)).containsExactly("RELEASE", "RESERVE", "RESERVE", "RESTOCK");
		assertThat(this.inventory.commit(active)).isTrue();
		this.inventory.reserve(List.of(new StockLine(lamp, 1)), released);
		assertThat(stock(lamp)).extracting(StockLevel::quantity, StockLevel::reserved).containsExactly(7, 1);
	}

	@Test
	void aReturnTellsTheCatalogAndPublishesNoStockLow(AssertablePublishedEvents events) {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 6);
		String order = reference();
		this.inventory.reserve(List.of(new StockLine(lamp, 6)), order);
		this.inventory.commit(order);
		assertThat(catalogStatus(lamp)).isEqualTo(StockStatus.OUT_OF_STOCK);
		assertThat(stockLows(events, lamp)).hasSize(1);

		this.inventory.returnSale(order);

		assertThat(catalogStatus(lamp)).isEqualTo(StockStatus.IN_STOCK);
		assertThat(stockLows(events, lamp)).hasSize(1);
	}

	@Test
	void reservesSettlesAndReturnsInAFixedNumberOfStatements() {
		Statements one = statementsFor(1);
		Statements ten = statementsFor(10);

		assertThat(ten).isEqualTo(one);
		// the budget: reference lock, held check, stock lock, then the reservation lines,
		// stock update and ledger in one statement, and the catalog's statuses; settling:
		// reservation lines with their stock rows in one statement, ledger and the
		// catalog's statuses (a commit moves no status)
		assertThat(one).isEqualTo(new Statements(4, 4, 2, 3, 3));
	}

	/**
	 * Counts the statements of each call on a basket of that many lines, each call moving
	 * the stock status of every line but the commit: reserving 6 of 10 takes a product to
	 * its threshold and 4 more empty it, the commit of the 6 leaves it empty, the release
	 * of the 4 brings it back to its threshold, and the return fills it again.
	 */
	private Statements statementsFor(int lines) {
		List<StockLine> sold = new java.util.ArrayList<>();
		List<StockLine> held = new java.util.ArrayList<>();
		for (int i = 0; i < lines; i++) {
			UUID product = this.fixtures.stockedProduct(this.shop, 10);
			sold.add(new StockLine(product, 6));
			held.add(new StockLine(product, 4));
		}
		String soldOrder = reference();
		String heldOrder = reference();
		QueryCounter.reset();
		this.inventory.reserve(sold, soldOrder);
		long reserve = QueryCounter.count();
		QueryCounter.reset();
		this.inventory.reserve(held, heldOrder);
		long reserveToEmpty = QueryCounter.count();
		QueryCounter.reset();
		assertThat(this.inventory.commit(soldOrder)).isTrue();
		long commit = QueryCounter.count();
		QueryCounter.reset();
		assertThat(this.inventory.release(heldOrder)).isTrue();
		long release = QueryCounter.count();
		QueryCounter.reset();
		assertThat(this.inventory.returnSale(soldOrder)).isTrue();
		long returnSale = QueryCounter.count();
		sold.forEach((line) -> assertThat(catalogStatus(line.productId())).isEqualTo(StockStatus.IN_STOCK));
		return new Statements(reserve, reserveToEmpty, commit, release, returnSale);
	}

	private StockLevel stock(UUID productId) {
		return this.stockKeeping.stock(this.shop.user(), productId);
	}

	private StockStatus catalogStatus(UUID productId) {
		return this.catalog.findProduct(productId).orElseThrow().stockStatus();
	}

	private List<String> movementReasons(UUID productId) {
		return this.jdbc
			.sql("select reason from inventory.stock_movement where product_id = ? order by created_at desc, id desc")
			.param(productId)
			.query(String.class)
			.list();
	}

	private static List<StockLow> stockLows(AssertablePublishedEvents events, UUID productId) {
		List<StockLow> found = new java.util.ArrayList<>();
		events.ofType(StockLow.class).matching((event) -> event.productId().equals(productId)).forEach(found::add);
		return found;
	}

	private static String reference() {
		return "order-" + UUID.randomUUID();
	}

	record Statements(long reserve, long reserveToEmpty, long commit, long release, long returnSale) {

	}

}
