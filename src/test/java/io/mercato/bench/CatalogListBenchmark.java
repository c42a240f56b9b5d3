package io.mercato.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.mercato.MercatoApplication;
import io.mercato.bench.ProductListQueryRecorder.RecordedQuery;
import io.mercato.catalog.ProductOrdering;
import io.mercato.sampledata.SampleData;
import io.mercato.shared.domain.Money;
import io.mercato.shared.web.Cursor;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast the public product list answers on a large catalog: page 1 and deep cursors,
 * with and without search and filters, measured over HTTP against the real application,
 * with the plan PostgreSQL runs each list statement with. A benchmark, not a test:
 * {@code bench/catalog-list.sh} runs it; {@code ./mvnw verify} never does.
 * <p>
 * Options, as arguments or environment variables: {@code --products=} /
 * {@code BENCH_PRODUCTS} (1,000,000), {@code --requests=} / {@code BENCH_REQUESTS} timed
 * requests per scenario (200), {@code --warmup=} / {@code BENCH_WARMUP} (20),
 * {@code --max-seconds=} / {@code BENCH_MAX_SECONDS} timing budget per scenario, after
 * which a slow scenario stops with fewer requests (60), {@code --data-dir=} /
 * {@code BENCH_DATA_DIR} ({@code ./var/bench-postgres}, kept between runs).
 */
public final class CatalogListBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MINIMUM_REQUESTS = 20;

	private final Options options;

	private final String baseUrl;

	private final DataSource database;

	private final ProductListQueryRecorder recorder;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final List<Result> results = new ArrayList<>();

	private CatalogListBenchmark(Options options, String baseUrl, DataSource database,
			ProductListQueryRecorder recorder) {
		this.options = options;
		this.baseUrl = baseUrl;
		this.database = database;
		this.recorder = recorder;
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.of(args);
		System.out.printf("java %s on %d cores; %,d products, %d timed requests per scenario after %d warm-up%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), options.products(),
				options.requests(), options.warmup());
		try (EmbeddedPostgres postgres = startDatabase(options.dataDirectory())) {
			ProductListQueryRecorder recorder = new ProductListQueryRecorder();
			try (ConfigurableApplicationContext application = startApplication(postgres, recorder)) {
				DataSource database = postgres.getPostgresDatabase();
				new Marketplace(database).ensure(Marketplace.size(options.products(), 100, 100));
				String baseUrl = "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
				new CatalogListBenchmark(options, baseUrl, database, recorder).run();
			}
		}
	}

	private static EmbeddedPostgres startDatabase(Path dataDirectory) throws IOException {
		// the server's own start-up chatter, before Spring's logging configuration
		// applies
		((Logger) LoggerFactory.getLogger("io.zonky")).setLevel(Level.WARN);
		Path directory = dataDirectory.toAbsolutePath().normalize();
		boolean reused = Files.exists(directory.resolve("PG_VERSION"));
		Files.createDirectories(directory);
		// a benchmark's database may lose its data in a crash: durability is off, and WAL
		// is minimal, which makes seeding several times faster. Reads, which are what is
		// measured, are unaffected.
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofMinutes(2))
			.setServerConfig("fsync", "off")
			.setServerConfig("full_page_writes", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("wal_level", "minimal")
			.setServerConfig("max_wal_senders", "0")
			.setServerConfig("max_wal_size", "8GB")
			.setServerConfig("shared_buffers", "512MB")
			.start();
		System.out.printf("PostgreSQL on port %d, %s data directory %s (fsync off: a benchmark database)%n",
				postgres.getPort(), reused ? "reusing" : "created", directory);
		return postgres;
	}

	private static ConfigurableApplicationContext startApplication(EmbeddedPostgres postgres,
			ProductListQueryRecorder recorder) {
		long start = System.nanoTime();
		SpringApplication application = new SpringApplication(MercatoApplication.class);
		application.addInitializers((context) -> context.getBeanFactory().addBeanPostProcessor(recorder));
		ConfigurableApplicationContext context = application.run("--server.port=0",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres",
				// the test fixtures are on the class path too, and need their table
				"--spring.flyway.locations=classpath:db/migration,classpath:db/test-migration",
				"--mercato.jwt.secret=benchmark-signing-key-of-at-least-thirty-two-bytes",
				// one client sends every request: the per-address limit would measure
				// itself
				"--mercato.rate-limit.api-per-ip=0", "--logging.level.root=WARN", "--logging.level.io.mercato=WARN");
		System.out.printf("Application started on port %s in %.1f s%n",
				context.getEnvironment().getProperty("local.server.port"), (System.nanoTime() - start) / 1e9);
		return context;
	}

	private void run() throws Exception {
		UUID category = id("select id from catalog.category where slug = ?", SampleData.TOP_CATEGORY_SLUG);
		UUID smallCategory = id("select id from catalog.category where slug = ?", SampleData.SMALL_CATEGORY_SLUG);
		UUID brand = id("select id from catalog.brand where slug = ?", SampleData.POPULAR_BRAND_SLUG);
		String common = SampleData.COMMON_WORD;
		String rare = SampleData.RARE_WORD;
		String sku = SampleData.SKU_PREFIX + "00123";
		int half = this.options.products() / 2;
		List<Scenario> scenarios = List.of(new Scenario("newest, page 1", "", ProductOrdering.NEWEST, 0),
				new Scenario("newest, after 12,000 rows (page 1,001)", "", ProductOrdering.NEWEST, 12_000),
				new Scenario("newest, after %,d rows".formatted(half), "", ProductOrdering.NEWEST, half),
				new Scenario("price, page 1", "ordering=price", ProductOrdering.PRICE_ASCENDING, 0),
				new Scenario("price, after 12,000 rows", "ordering=price", ProductOrdering.PRICE_ASCENDING, 12_000),
				new Scenario("category (top, with children), page 1", "category=" + category, ProductOrdering.NEWEST,
						0),
				new Scenario("category, after 12,000 rows", "category=" + category, ProductOrdering.NEWEST, 12_000),
				new Scenario("category, ordering=price, page 1", "category=" + category + "&ordering=price",
						ProductOrdering.PRICE_ASCENDING, 0),
				new Scenario("small category (~20 products in a million), page 1", "category=" + smallCategory,
						ProductOrdering.NEWEST, 0),
				new Scenario("brand, page 1", "brand=" + brand, ProductOrdering.NEWEST, 0),
				new Scenario("brand, after 6,000 rows", "brand=" + brand, ProductOrdering.NEWEST, 6_000),
				new Scenario("price 100-200 + in stock, page 1", "min_price=100.00&max_price=200.00&in_stock=true",
						ProductOrdering.NEWEST, 0),
				new Scenario("price 100-200 + in stock, after 12,000 rows",
						"min_price=100.00&max_price=200.00&in_stock=true", ProductOrdering.NEWEST, 12_000),
				new Scenario("search common word '%s', page 1".formatted(common), "search=" + common,
						ProductOrdering.RELEVANCE, 0),
				new Scenario("search '%s', after 240 rows (page 21)".formatted(common), "search=" + common,
						ProductOrdering.RELEVANCE, 240),
				new Scenario("search rare word '%s', page 1".formatted(rare), "search=" + rare,
						ProductOrdering.RELEVANCE, 0),
				new Scenario("search '%s' + category, page 1".formatted(common),
						"search=" + common + "&category=" + category, ProductOrdering.RELEVANCE, 0),
				new Scenario("search SKU fragment '%s', page 1".formatted(sku), "search=" + encode(sku),
						ProductOrdering.RELEVANCE, 0),
				new Scenario("newest, page_size=100, page 1", "page_size=100", ProductOrdering.NEWEST, 0), new Scenario(
						"newest, page_size=100, after 100,000 rows", "page_size=100", ProductOrdering.NEWEST, 100_000));
		for (Scenario scenario : scenarios) {
			Result result = measure(scenario);
			if (result != null) {
				this.results.add(result);
			}
		}
		printTable();
	}

	private Result measure(Scenario scenario) throws Exception {
		String path = "/api/v1/products" + (scenario.query().isEmpty() ? "" : "?" + scenario.query());
		JsonNode first = get(path);
		if (scenario.depth() > 0) {
			String cursor = cursorAfter(scenario);
			if (cursor == null) {
				System.out.printf("%n### %s%n%nSkipped: fewer than %,d products match.%n", scenario.name(),
						scenario.depth());
				return null;
			}
			path += (scenario.query().isEmpty() ? "?" : "&") + "cursor=" + cursor;
		}
		for (int i = 0; i < this.options.warmup(); i++) {
			get(path);
		}
		List<Double> millis = new ArrayList<>();
		int rows = first.get("results").size();
		long budgetEnds = System.nanoTime() + Duration.ofSeconds(this.options.maxSeconds()).toNanos();
		while (millis.size() < this.options.requests()
				&& (millis.size() < MINIMUM_REQUESTS || System.nanoTime() < budgetEnds)) {
			long start = System.nanoTime();
			JsonNode page = get(path);
			millis.add((System.nanoTime() - start) / 1e6);
			rows = page.get("results").size();
		}
		RecordedQuery query = this.recorder.last();
		QueryPlan plan;
		try (Connection connection = this.database.getConnection()) {
			plan = QueryPlan.explain(connection, query);
		}
		Result result = new Result(scenario, millis, rows, plan);
		System.out.printf("%n### %s%n%nGET %s%n%d requests: median %.1f ms, p99 %.1f ms, %d rows; %s%n%n%s%n",
				scenario.name(), abbreviate(path), millis.size(), result.median(), result.p99(), rows,
				plan.indexSummary(), plan.text());
		return result;
	}

	/**
	 * The cursor the application would put in the {@code next} link of the page that ends
	 * at row {@code depth}: it runs the application's own page-1 statement for that many
	 * rows and takes the last one's key, as {@code ProductListQuery} does.
	 */
	private String cursorAfter(Scenario scenario) throws SQLException {
		RecordedQuery query = this.recorder.last().withLimit(scenario.depth());
		try (Connection connection = this.database.getConnection();
				PreparedStatement statement = connection.prepareStatement(query.sql())) {
			for (int i = 0; i < query.parameters().size(); i++) {
				statement.setObject(i + 1, query.parameters().get(i));
			}
			String key = null;
			String id = null;
			int count = 0;
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					count++;
					key = switch (scenario.ordering()) {
						case NEWEST, OLDEST -> rows.getTimestamp("created_at").toInstant().toString();
						case PRICE_ASCENDING, PRICE_DESCENDING -> Money.of(rows.getBigDecimal("price")).toString();
						case NAME_ASCENDING, NAME_DESCENDING -> rows.getString("name");
						case RELEVANCE -> Float.toString(rows.getFloat("relevance"));
					};
					id = rows.getObject("id", UUID.class).toString();
				}
			}
			if (count < scenario.depth()) {
				return null;
			}
			return Cursor.of(Map.of("o", scenario.ordering().parameter(), "d", "next", "k", key, "id", id)).encode();
		}
	}

	private JsonNode get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "application/json")
			.GET()
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					"GET %s answered %d: %s".formatted(path, response.statusCode(), response.body()));
		}
		return JSON.readTree(response.body());
	}

	private void printTable() {
		System.out.printf("%n## Product list, %,d products (%s, java %s, %d cores)%n%n", this.options.products(),
				LocalDate.now(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
		System.out
			.println("| scenario | median ms | p99 ms | rows | index used | product rows read | DB ms | requests |");
		System.out.println("|---|--:|--:|--:|---|--:|--:|--:|");
		for (Result result : this.results) {
			System.out.printf("| %s | %.1f | %.1f | %d | %s | %,d | %.1f | %d |%n", result.scenario().name(),
					result.median(), result.p99(), result.rows(), result.plan().indexSummary(),
					result.plan().productRowsRead(), result.plan().executionMillis(), result.millis().size());
		}
	}

	private UUID id(String sql, String parameter) throws SQLException {
		try (Connection connection = this.database.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, parameter);
			try (ResultSet rows = statement.executeQuery()) {
				if (!rows.next()) {
					throw new IllegalStateException("Nothing for " + parameter + ": is the catalog seeded?");
				}
				return rows.getObject(1, UUID.class);
			}
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String abbreviate(String path) {
		return path.replaceAll("cursor=([^&]{12})[^&]*", "cursor=$1…");
	}

	/**
	 * One list request to measure.
	 *
	 * @param name how the figures table names it
	 * @param query the query string, without cursor
	 * @param ordering the ordering the query string selects, for the cursor
	 * @param depth rows before the measured page; 0 for page 1
	 */
	record Scenario(String name, String query, ProductOrdering ordering, int depth) {

	}

	record Result(Scenario scenario, List<Double> millis, int rows, QueryPlan plan) {

		double median() {
			return percentile(50);
		}

		double p99() {
			return percentile(99);
		}

		// nearest rank
		private double percentile(int percent) {
			List<Double> sorted = this.millis.stream().sorted().toList();
			int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
			return sorted.get(Math.max(rank, 1) - 1);
		}

	}

	record Options(int products, int requests, int warmup, int maxSeconds, Path dataDirectory) {

		private static final List<String> NAMES = List.of("products", "requests", "warmup", "max-seconds", "data-dir");

		static Options of(String[] args) {
			Arguments arguments = new Arguments(args, NAMES);
			return new Options(arguments.number("products", "1000000"), arguments.number("requests", "200"),
					arguments.number("warmup", "20"), arguments.number("max-seconds", "60"),
					Path.of(arguments.text("data-dir", "./var/bench-postgres")));
		}

	}

}
