package io.mercato.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

import io.mercato.bench.Load.Figures;
import io.mercato.bench.Shop.Answer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * How many orders a second Mercato takes over HTTP, and how that compares with what its
 * PostgreSQL can do when handed the same writes as raw SQL. A benchmark, not a test:
 * {@code bench/run.sh} starts the application, then runs this against it; {@code ./mvnw
 * verify} never does.
 * <p>
 * Scenarios, each at every concurrency asked for: <b>checkout</b> (a logged-in customer
 * adds three products to the cart, checks out and pays with the simulated gateway),
 * <b>direct</b> (a guest orders three products through {@code POST /api/v1/orders} and
 * pays), <b>raw SQL</b> ({@code pgbench} running {@code bench/checkout.sql}, the writes
 * of one checkout and payment in one transaction, against the same server at the same
 * concurrency), <b>catalog</b> (a filtered, ordered product list at page 1 and at a deep
 * cursor, and a product's page); and once, <b>hot item</b>: as many customers as the
 * highest concurrency race to buy one product of which 50 units were just restocked.
 * <p>
 * Each prints completed and failed units (by what failed), units a second, p50/p95/p99,
 * the application's peak resident memory during the run ({@code VmHWM}, reset before it)
 * and the statements it sent per order ({@code mercato_db_statements_total} from its own
 * metrics, counted until the events the orders set off are delivered).
 */
public final class PurchaseBenchmark {

	private static final int LINES_PER_ORDER = 3;

	private static final int HOT_UNITS = 50;

	private final Options options;

	private final Shop shop;

	private final Marketplace marketplace;

	private final RawSqlBaseline rawSql;

	private final List<Row> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private List<UUID> products = List.of();

	private String adminToken = "";

	private String[] tokens = new String[0];

	private UUID[] addresses = new UUID[0];

	private PurchaseBenchmark(Options options) {
		this.options = options;
		this.shop = new Shop(options.baseUrl());
		PGSimpleDataSource database = new PGSimpleDataSource();
		database.setUrl(options.jdbcUrl());
		database.setUser(options.jdbcUser());
		database.setPassword(options.jdbcPassword());
		this.marketplace = new Marketplace(database);
		this.rawSql = new RawSqlBaseline(options);
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.of(args);
		System.out.printf("java %s on %d cores; concurrency %s, %d s measured after %d s warm-up%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Arrays.toString(options.concurrency()), options.seconds(), options.warmup());
		new PurchaseBenchmark(options).run();
	}

	private void run() throws Exception {
		int customers = Math.max(this.options.customers(), max(this.options.concurrency()));
		this.marketplace.ensure(Marketplace.size(this.options.products(), customers, this.options.units()));
		this.products = this.marketplace.purchasable(20_000, 100);
		System.out.printf("%,d products to buy from%n", this.products.size());
		this.adminToken = this.shop.login(this.marketplace.adminEmail());
		logIn(max(this.options.concurrency()));
		List<String> scenarios = this.options.scenarios();
		if (this.options.jitWarmup() > 0) {
			// the first run would otherwise measure the JIT compiler too
			Figures warm = Load.run(Math.min(8, this.tokens.length), Duration.ZERO,
					Duration.ofSeconds(this.options.jitWarmup()), Integer.MAX_VALUE, this::checkout);
			System.out.printf("Warmed up with %,d orders in %d s%n", warm.completed(), this.options.jitWarmup());
		}
		if (scenarios.contains("raw")) {
			this.rawSql.prepare(this.products);
		}
		for (int concurrency : this.options.concurrency()) {
			if (scenarios.contains("checkout")) {
				measureOrders("checkout", concurrency, this::checkout);
			}
			if (scenarios.contains("direct")) {
				measureOrders("direct", concurrency, this::directOrder);
			}
			if (scenarios.contains("raw")) {
				this.rows.add(this.rawSql.measure(concurrency));
				System.out.println(this.rows.get(this.rows.size() - 1).line());
			}
		}
		if (scenarios.contains("hot")) {
			hotItem(max(this.options.concurrency()));
		}
		if (scenarios.contains("catalog")) {
			catalog();
		}
		Report report = new Report(this.rows, this.notes);
		Path directory = this.options.output();
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("results.md"), report.markdown(LocalDate.now(), this.options));
		report.chart(directory.resolve("throughput.png"));
		System.out.printf("%n%s%nWritten to %s%n", report.markdown(LocalDate.now(), this.options),
				directory.toAbsolutePath().normalize());
	}

	private void logIn(int customers) throws Exception {
		this.tokens = new String[customers];
		this.addresses = new UUID[customers];
		for (int i = 0; i < customers; i++) {
			this.tokens[i] = this.shop.login(this.marketplace.customerEmail(i + 1));
			this.addresses[i] = this.marketplace.addressOf(i + 1);
		}
	}

	private void measureOrders(String scenario, int concurrency, Load.Work order) throws Exception {
		Memory.resetPeak(this.options.appPid());
		this.marketplace.awaitQuietEvents();
		long statementsBefore = this.shop.statements(this.adminToken);
		long ordersBefore = this.marketplace.orders();
		Figures figures = Load.run(concurrency, Duration.ofSeconds(this.options.warmup()),
				Duration.ofSeconds(this.options.seconds()), this.options.maxOrders(), order);
		long peak = Memory.peakKilobytes(this.options.appPid());
		this.marketplace.awaitQuietEvents();
		// the warm-up's orders are counted with their statements: every order placed
		// while the count ran, paid or not
		long statements = this.shop.statements(this.adminToken) - statementsBefore;
		long orders = this.marketplace.orders() - ordersBefore;
		Row row = new Row(scenario, figures, peak, (double) statements / Math.max(1, orders));
		this.rows.add(row);
		System.out.println(row.line());
	}

	private String checkout(int worker, int unit) throws Exception {
		String token = this.tokens[worker];
		for (UUID product : pick(LINES_PER_ORDER)) {
			Answer added = this.shop.addToCart(token, product);
			if (!added.succeeded()) {
				return failure("cart", added);
			}
		}
		Answer placed = this.shop.checkout(token, this.addresses[worker]);
		if (!placed.succeeded()) {
			return failure("checkout", placed);
		}
		Answer paid = this.shop.pay(token, null, placed.text("id"));
		return paid.succeeded() ? null : failure("payment", paid);
	}

	private String directOrder(int worker, int unit) throws Exception {
		Answer placed = this.shop.orderAsGuest(worker * 1_000_000 + unit, pick(LINES_PER_ORDER));
		if (!placed.succeeded()) {
			return failure("order", placed);
		}
		Answer paid = this.shop.pay(null, placed.text("order_token"), placed.text("id"));
		return paid.succeeded() ? null : failure("payment", paid);
	}

	/**
	 * Racers with the product already in their carts are let go at once; each checks out
	 * and pays. Exactly {@value #HOT_UNITS} may succeed, and the stock must end at zero
	 * with nothing reserved. Its p99 is compared with that of the same checkout and
	 * payment, uncontended, by one customer.
	 */
	private void hotItem(int racers) throws Exception {
		List<Long> aloneNanos = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			Answer added = this.shop.addToCart(this.tokens[0], pick(1).get(0));
			if (!added.succeeded()) {
				throw new IllegalStateException("Cart answered " + added.status() + ": " + added.body());
			}
			long begin = System.nanoTime();
			String failure = checkoutAndPay(0);
			if (failure != null) {
				throw new IllegalStateException("An uncontended checkout failed: " + failure);
			}
			aloneNanos.add(System.nanoTime() - begin);
		}
		Figures alone = new Figures(1, aloneNanos, Map.of(),
				aloneNanos.stream().mapToLong(Long::longValue).sum() / 1e9);
		List<Long> nanos = new ArrayList<>();
		Map<String, Integer> failures = new TreeMap<>();
		long start = System.nanoTime();
		StringBuilder rounds = new StringBuilder();
		for (int round = 0; round < this.options.hotRounds(); round++) {
			Marketplace.OutOfStock hot = this.marketplace.outOfStock(round);
			String shopkeeper = this.shop.login(hot.shopkeeperEmail());
			Answer restocked = this.shop.restock(shopkeeper, hot.productId(), HOT_UNITS);
			if (!restocked.succeeded()) {
				throw new IllegalStateException("Restock answered " + restocked.status() + ": " + restocked.body());
			}
			for (int i = 0; i < racers; i++) {
				Answer added = this.shop.addToCart(this.tokens[i], hot.productId());
				if (!added.succeeded()) {
					throw new IllegalStateException("Cart answered " + added.status() + ": " + added.body());
				}
			}
			Figures race = race(racers);
			nanos.addAll(race.nanos());
			race.failures().forEach((failure, count) -> failures.merge(failure, count, Integer::sum));
			int[] stock = this.marketplace.stock(hot.productId());
			long paid = this.marketplace.paidOrdersOf(hot.productId());
			rounds.append("round %d: %d orders paid, stock %d on hand, %d reserved; ".formatted(round + 1, paid,
					stock[0], stock[1]));
			// a racer whose checkout failed keeps the product in its cart
			for (int i = 0; i < racers; i++) {
				this.shop.emptyCart(this.tokens[i]);
			}
		}
		Figures race = new Figures(racers, nanos, failures, (System.nanoTime() - start) / 1e9);
		this.rows.add(new Row("hot item (alone)", alone, Memory.peakKilobytes(this.options.appPid()), Double.NaN));
		this.rows.add(new Row("hot item", race, Memory.peakKilobytes(this.options.appPid()), Double.NaN));
		this.notes.add("Hot item: %d racers, %d rounds of %d units; %s p99 %.1f ms racing, %.1f ms alone (%.1f×)"
			.formatted(racers, this.options.hotRounds(), HOT_UNITS, rounds, race.percentile(99), alone.percentile(99),
					race.percentile(99) / alone.percentile(99)));
		System.out.println(this.notes.get(this.notes.size() - 1));
	}

	/**
	 * Lets {@code racers} customers check out and pay at the same instant, each once.
	 */
	private Figures race(int racers) throws InterruptedException {
		CountDownLatch ready = new CountDownLatch(racers);
		CountDownLatch go = new CountDownLatch(1);
		long[] nanos = new long[racers];
		String[] failures = new String[racers];
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < racers; i++) {
			int racer = i;
			Thread thread = new Thread(() -> {
				ready.countDown();
				try {
					go.await();
					long start = System.nanoTime();
					failures[racer] = checkoutAndPay(racer);
					nanos[racer] = System.nanoTime() - start;
				}
				catch (Exception ex) {
					failures[racer] = ex.getClass().getSimpleName();
				}
			}, "racer-" + i);
			thread.start();
			threads.add(thread);
		}
		ready.await();
		long start = System.nanoTime();
		go.countDown();
		for (Thread thread : threads) {
			thread.join();
		}
		List<Long> succeeded = new ArrayList<>();
		Map<String, Integer> failed = new TreeMap<>();
		for (int i = 0; i < racers; i++) {
			if (failures[i] == null) {
				succeeded.add(nanos[i]);
			}
			else {
				failed.merge(failures[i], 1, Integer::sum);
			}
		}
		return new Figures(racers, succeeded, failed, (System.nanoTime() - start) / 1e9);
	}

	private String checkoutAndPay(int worker) throws Exception {
		Answer placed = this.shop.checkout(this.tokens[worker], this.addresses[worker]);
		if (!placed.succeeded()) {
			return failure("checkout", placed);
		}
		Answer paid = this.shop.pay(this.tokens[worker], null, placed.text("id"));
		return paid.succeeded() ? null : failure("payment", paid);
	}

	private void catalog() throws Exception {
		String list = "/api/v1/products?category=%s&ordering=price".formatted(this.marketplace.topCategory());
		DeepPage deep = deepCursor(list, this.options.deepRows());
		List<UUID> details = this.products.subList(0, Math.min(1000, this.products.size()));
		for (int concurrency : this.options.concurrency()) {
			measureRequests("list page 1", concurrency, (worker, unit) -> list);
			measureRequests("list after %,d rows".formatted(deep.rows()), concurrency, (worker, unit) -> deep.path());
			measureRequests("product detail", concurrency,
					(worker, unit) -> "/api/v1/products/" + details.get((worker * 7919 + unit) % details.size()));
		}
	}

	private void measureRequests(String name, int concurrency, PathChooser paths) throws Exception {
		Memory.resetPeak(this.options.appPid());
		Figures figures = Load.run(concurrency, Duration.ofSeconds(Math.min(5, this.options.warmup())),
				Duration.ofSeconds(Math.max(5, this.options.seconds() / 2)), Integer.MAX_VALUE, (worker, unit) -> {
					Answer answer = this.shop.get(paths.path(worker, unit));
					return answer.succeeded() ? null : failure("get", answer);
				});
		Row row = new Row("catalog: " + name, figures, Memory.peakKilobytes(this.options.appPid()), Double.NaN);
		this.rows.add(row);
		System.out.println(row.line());
	}

	// follows the list's next links, 100 products a page, to the page after `depth` rows,
	// or to its last page when the list is shorter (a small generated catalog)
	private DeepPage deepCursor(String list, int depth) throws Exception {
		String path = list + "&page_size=100";
		int read = 0;
		while (read < depth) {
			var next = this.shop.get(path).json().get("next");
			if (next == null || next.isNull()) {
				break;
			}
			String url = next.asString();
			path = url.substring(url.indexOf("/api/"));
			read += 100;
		}
		return new DeepPage(path.replace("page_size=100&", "").replace("&page_size=100", ""), read);
	}

	/**
	 * A page of the list far from its start.
	 *
	 * @param path its request, with the cursor
	 * @param rows the rows before it
	 */
	private record DeepPage(String path, int rows) {

	}

	private List<UUID> pick(int count) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		List<UUID> picked = new ArrayList<>(count);
		while (picked.size() < count) {
			UUID product = this.products.get(random.nextInt(this.products.size()));
			if (!picked.contains(product)) {
				picked.add(product);
			}
		}
		return picked;
	}

	private static String failure(String step, Answer answer) {
		String code = "";
		try {
			var json = answer.json();
			if (json.has("code")) {
				code = " " + json.get("code").asString();
			}
		}
		catch (RuntimeException ex) {
			// not a problem document: the status says enough
		}
		return step + " " + answer.status() + code;
	}

	private static int max(int[] values) {
		return Arrays.stream(values).max().orElse(1);
	}

	@FunctionalInterface
	private interface PathChooser {

		String path(int worker, int unit);

	}

	/**
	 * One line of the results.
	 *
	 * @param scenario what ran
	 * @param figures what it did
	 * @param peakKilobytes the application's peak resident memory during it; 0 when not
	 * known
	 * @param statementsPerOrder statements the application sent per order; NaN when not
	 * an order scenario
	 */
	record Row(String scenario, Figures figures, long peakKilobytes, double statementsPerOrder) {

		String line() {
			return "%-28s c=%-3d %7d ok %5d failed (%s)  %8.1f/s  p50 %7.1f  p95 %7.1f  p99 %7.1f ms  RSS %s  %s"
				.formatted(this.scenario, this.figures.concurrency(), this.figures.completed(), this.figures.failed(),
						this.figures.failureSummary(), this.figures.perSecond(), this.figures.percentile(50),
						this.figures.percentile(95), this.figures.percentile(99), Memory.describe(this.peakKilobytes),
						Double.isNaN(this.statementsPerOrder) ? ""
								: "%.1f statements/order".formatted(this.statementsPerOrder));
		}

	}

	/**
	 * What to run and against what; see {@code bench/run.sh} for each option's meaning.
	 */
	record Options(String baseUrl, String jdbcUrl, String jdbcUser, String jdbcPassword, long appPid, int[] concurrency,
			int seconds, int warmup, int jitWarmup, int maxOrders, int products, int customers, int units,
			int hotRounds, int deepRows, List<String> scenarios, Path output, String pgbench) {

		private static final List<String> NAMES = List.of("base-url", "jdbc-url", "jdbc-user", "jdbc-password",
				"app-pid", "concurrency", "seconds", "warmup", "jit-warmup", "max-orders", "products", "customers",
				"units", "hot-rounds", "deep-rows", "scenarios", "output", "pgbench");

		static Options of(String[] args) {
			Arguments arguments = new Arguments(args, NAMES);
			return new Options(arguments.text("base-url", "http://localhost:8080"),
					arguments.text("jdbc-url", "jdbc:postgresql://localhost:54329/mercato"),
					arguments.text("jdbc-user", "postgres"), arguments.text("jdbc-password", ""),
					Long.parseLong(arguments.text("app-pid", "0")), arguments.numbers("concurrency", "1,8,32,64"),
					arguments.number("seconds", "30"), arguments.number("warmup", "5"),
					arguments.number("jit-warmup", "30"), arguments.number("max-orders", "1000000"),
					arguments.number("products", "1000000"), arguments.number("customers", "1000"),
					arguments.number("units", "1000"), arguments.number("hot-rounds", "5"),
					arguments.number("deep-rows", "20000"),
					arguments.words("scenarios", "checkout,direct,raw,hot,catalog"),
					Path.of(arguments.text("output", "target/bench")), arguments.text("pgbench", "pgbench"));
		}

	}

}
