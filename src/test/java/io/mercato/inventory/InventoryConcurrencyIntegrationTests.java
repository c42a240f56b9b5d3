package io.mercato.inventory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import io.mercato.accounts.AccountsFixtures;
import io.mercato.catalog.CatalogFixtures;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.Race;
import io.mercato.testing.Race.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reservations, their settlement and returns racing on real threads against the real
 * database: the stock is never oversold, overlapping baskets never deadlock, a sale comes
 * back once, and the ledger still sums to the stock. Any exception but
 * {@link InsufficientStockException} (a deadlock would surface as PostgreSQL's 40P01)
 * fails the test.
 */
@MercatoApiTest
class InventoryConcurrencyIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(InventoryConcurrencyIntegrationTests.class);

	private static final int THREADS = 60;

	@Autowired
	InventoryManagement inventory;

	@Autowired
	StockKeeping stockKeeping;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	InventoryFixtures fixtures;

	Shop shop;

	@BeforeEach
	void setUp() {
		this.fixtures = InventoryFixtures.of(this.mvc, this.context);
		this.shop = this.fixtures.shop();
	}

	@Test
	void sellsTheLastUnitsExactlyOnce() throws Exception {
		int units = 10;
		UUID lamp = this.fixtures.stockedProduct(this.shop, units);
		List<Callable<Boolean>> buyers = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			buyers.add(() -> reserve(List.of(new StockLine(lamp, 1))));
		}

		long started = System.nanoTime();
		List<Boolean> outcomes = values(Race.run(buyers));
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

		long reserved = outcomes.stream().filter(Boolean::booleanValue).count();
		log.info("{} threads raced for the last {} units: {} reserved, {} refused, in {} ms", THREADS, units, reserved,
				THREADS - reserved, millis);
		assertThat(reserved).isEqualTo(units);
		StockLevel stock = this.stockKeeping.stock(this.shop.user(), lamp);
		assertThat(stock.reserved()).isEqualTo(units);
		assertThat(stock.available()).isZero();
		assertThat(this.fixtures.movementCount(lamp)).isEqualTo(1 + units);
		this.fixtures.assertLedgerMatchesStock();
	}

	@Test
	void overlappingBasketsInAnyOrderNeverDeadlockNorOversell() throws Exception {
		int products = 6;
		int unitsEach = 40;
		List<UUID> shelf = new ArrayList<>();
		for (int i = 0; i < products; i++) {
			shelf.add(this.fixtures.stockedProduct(this.shop, unitsEach));
		}
		Random random = new Random(42);
		List<List<StockLine>> baskets = new ArrayList<>();
		List<Callable<Boolean>> buyers = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			// four of the six products, two units each, in a different order per basket:
			// without a common locking order these would deadlock
			List<UUID> picked = new ArrayList<>(shelf);
			Collections.shuffle(picked, random);
			List<StockLine> basket = picked.subList(0, 4).stream().map((id) -> new StockLine(id, 2)).toList();
			baskets.add(basket);
		}
		List<String> references = new ArrayList<>();
		for (List<StockLine> basket : baskets) {
			String reference = "order-" + UUID.randomUUID();
			references.add(reference);
			buyers.add(() -> reserve(basket, reference));
		}

		long started = System.nanoTime();
		List<Boolean> outcomes = values(Race.run(buyers));
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

		Map<UUID, Integer> expectedReserved = new HashMap<>();
		List<String> held = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			if (outcomes.get(i)) {
				held.add(references.get(i));
				baskets.get(i)
					.forEach((line) -> expectedReserved.merge(line.productId(), line.quantity(), Integer::sum));
			}
		}
		log.info("{} overlapping baskets of 4 of {} products raced: {} reserved, {} refused, in {} ms", THREADS,
				products, held.size(), THREADS - held.size(), millis);
		// 6 x 40 units, 8 a basket: at most 30 baskets fit, and the race must fill most
		// of
		// the shelf
		assertThat(held).hasSizeBetween(20, 30);
		for (UUID productId : shelf) {
			StockLevel stock = this.stockKeeping.stock(this.shop.user(), productId);
			assertThat(stock.quantity()).isEqualTo(unitsEach);
			assertThat(stock.reserved()).isEqualTo(expectedReserved.getOrDefault(productId, 0))
				.isLessThanOrEqualTo(unitsEach);
		}
		this.fixtures.assertLedgerMatchesStock();

		// every held basket is released or committed by two racing callers at once; each
		// happens exactly once
		List<Callable<Boolean>> settlers = new ArrayList<>();
		for (int i = 0; i < held.size(); i++) {
			String reference = held.get(i);
			boolean commit = i % 2 == 0;
			for (int twice = 0; twice < 2; twice++) {
				settlers.add(() -> commit ? this.inventory.commit(reference) : this.inventory.release(reference));
			}
		}
		List<Boolean> settled = values(Race.run(settlers));

		assertThat(settled.stream().filter(Boolean::booleanValue).count()).isEqualTo(held.size());
		Map<UUID, Integer> sold = new HashMap<>();
		for (int i = 0; i < held.size(); i += 2) {
			baskets.get(references.indexOf(held.get(i)))
				.forEach((line) -> sold.merge(line.productId(), line.quantity(), Integer::sum));
		}
		for (UUID productId : shelf) {
			StockLevel stock = this.stockKeeping.stock(this.shop.user(), productId);
			assertThat(stock.reserved()).isZero();
			assertThat(stock.quantity()).isEqualTo(unitsEach - sold.getOrDefault(productId, 0));
		}
		this.fixtures.assertLedgerMatchesStock();

		// every sale comes back, each by two racing callers, while new overlapping
		// baskets
		// reserve the same products: returns and reservations lock in the same order
		List<Callable<Boolean>> returnsAndBuyers = new ArrayList<>();
		List<String> sales = new ArrayList<>();
		for (int i = 0; i < held.size(); i += 2) {
			String reference = held.get(i);
			sales.add(reference);
			for (int twice = 0; twice < 2; twice++) {
				returnsAndBuyers.add(() -> this.inventory.returnSale(reference));
			}
		}
		int returnCalls = returnsAndBuyers.size();
		List<List<StockLine>> lateBaskets = new ArrayList<>();
		for (int i = 0; i < THREADS / 2; i++) {
			List<UUID> picked = new ArrayList<>(shelf);
			Collections.shuffle(picked, random);
			List<StockLine> basket = picked.subList(0, 4).stream().map((id) -> new StockLine(id, 2)).toList();
			lateBaskets.add(basket);
			returnsAndBuyers.add(() -> reserve(basket));
		}
		List<Boolean> outcomesAfter = values(Race.run(returnsAndBuyers));

		assertThat(outcomesAfter.subList(0, returnCalls).stream().filter(Boolean::booleanValue).count())
			.isEqualTo(sales.size());
		Map<UUID, Integer> lateReserved = new HashMap<>();
		for (int i = 0; i < lateBaskets.size(); i++) {
			if (outcomesAfter.get(returnCalls + i)) {
				lateBaskets.get(i)
					.forEach((line) -> lateReserved.merge(line.productId(), line.quantity(), Integer::sum));
			}
		}
		for (UUID productId : shelf) {
			StockLevel stock = this.stockKeeping.stock(this.shop.user(), productId);
			assertThat(stock.quantity()).isEqualTo(unitsEach);
			assertThat(stock.reserved()).isEqualTo(lateReserved.getOrDefault(productId, 0));
		}
		this.fixtures.assertLedgerMatchesStock();
	}

	@Test
	void returnsASaleOnceWhenCallersRace() throws Exception {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 10);
		UUID shade = this.fixtures.stockedProduct(this.shop, 10);
		String order = "order-" + UUID.randomUUID();
		this.inventory.reserve(List.of(new StockLine(lamp, 3), new StockLine(shade, 4)), order);
		this.inventory.commit(order);

		List<Boolean> returned = values(Race.of(2, (i) -> this.inventory.returnSale(order)));

		assertThat(returned).containsExactlyInAnyOrder(true, false);
		assertThat(this.stockKeeping.stock(this.shop.user(), lamp))
			.extracting(StockLevel::quantity, StockLevel::reserved)
			.containsExactly(10, 0);
		assertThat(this.stockKeeping.stock(this.shop.user(), shade))
			.extracting(StockLevel::quantity, StockLevel::reserved)
			.containsExactly(10, 0);
		// restock, reserve, commit and one return
		assertThat(this.fixtures.movementCount(lamp)).isEqualTo(4);
		this.fixtures.assertLedgerMatchesStock();
	}

	private boolean reserve(List<StockLine> lines) {
		return reserve(lines, "order-" + UUID.randomUUID());
	}

	/**
	 * Reserves, answering whether the stock sufficed; any other failure propagates.
	 */
	private boolean reserve(List<StockLine> lines, String reference) {
		try {
			this.inventory.reserve(lines, reference);
			return true;
		}
		catch (InsufficientStockException ex) {
			return false;
		}
	}

	/**
	 * Returns what every racing call returned; a call that threw fails the test, with its
	 * exception as the cause.
	 */
	private static <T> List<T> values(List<Outcome<T>> outcomes) {
		return outcomes.stream().map(Outcome::value).toList();
	}

}
