package io.mercato.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.mercato.bench.Load.Figures;
import io.mercato.bench.PurchaseBenchmark.Row;

/**
 * What the database itself can do: PostgreSQL's {@code pgbench} runs
 * {@code bench/checkout.sql}, the writes of one checkout and its payment in one
 * transaction, against the application's own server, at the same concurrency as the HTTP
 * load. Its per-transaction log gives the percentiles.
 * <p>
 * The script picks its customer and products by number from two small tables in a
 * {@code bench} schema, filled from the generated marketplace.
 */
final class RawSqlBaseline {

	private static final Path SCRIPT = Path.of("bench/checkout.sql");

	private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

	private static final Pattern FAILED = Pattern.compile("number of failed transactions: ([0-9]+)");

	private final PurchaseBenchmark.Options options;

	private int customers;

	private int products;

	RawSqlBaseline(PurchaseBenchmark.Options options) {
		this.options = options;
	}

	/**
	 * Numbers the customers and the products to buy, the same the HTTP load buys, for the
	 * script to pick from.
	 */
	void prepare(List<UUID> products) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.options.jdbcUrl(), this.options.jdbcUser(),
				this.options.jdbcPassword()); Statement statement = connection.createStatement()) {
			statement.execute("create schema if not exists bench");
			// a version 7 UUID, as the application makes its ids: new rows go to the end
			// of
			// their primary key's index, as the application's do
			statement.execute("""
					create or replace function bench.uuid7() returns uuid language sql volatile as $$
					    select (lpad(to_hex(floor(extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0')
					            || '7' || substr(md5(random()::text), 1, 3) || '8'
					            || substr(md5(random()::text), 1, 15))::uuid
					$$""");
			statement.execute("drop table if exists bench.customer, bench.product");
			statement.execute("""
					create table bench.customer as
					select row_number() over (order by u.email)::int as n, u.id as user_id, u.email, p.full_name,
					       a.line1, a.city, a.postal_code, a.country
					from accounts.app_user u
					join accounts.customer_profile p on p.user_id = u.id
					join addresses.address a on a.owner_id = u.id and a.is_default""");
			statement.execute("alter table bench.customer add primary key (n)");
			statement.execute(
					"""
							create table bench.product (n int primary key, product_id uuid not null, shopkeeper_id uuid not null,
							                            name varchar(200) not null, sku varchar(64) not null,
							                            price numeric(12, 2) not null)""");
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into bench.product (n, product_id, shopkeeper_id, name, sku, price)
					select l.n, p.id, p.shopkeeper_id, p.name, p.sku, p.price
					from unnest(?::uuid[]) with ordinality as l(id, n) join catalog.product p on p.id = l.id""")) {
				insert.setObject(1, products.toArray(UUID[]::new));
				insert.executeUpdate();
			}
			statement.execute("analyze bench.customer, bench.product");
			this.customers = count(statement, "bench.customer");
			this.products = count(statement, "bench.product");
		}
	}

	Row measure(int concurrency) throws IOException, InterruptedException {
		URI database = URI.create(this.options.jdbcUrl().substring("jdbc:".length()));
		Path logs = Files.createTempDirectory("pgbench-");
		List<String> command = new ArrayList<>(
				List.of(this.options.pgbench(), "--no-vacuum", "--protocol=prepared", "--client=" + concurrency,
						"--jobs=" + Math.min(concurrency, Runtime.getRuntime().availableProcessors()),
						"--time=" + this.options.seconds(), "--file=" + SCRIPT.toAbsolutePath(),
						"--define=customers=" + this.customers, "--define=products=" + this.products, "--log",
						"--log-prefix=" + logs.resolve("pgbench"), "--host=" + database.getHost(),
						"--port=" + database.getPort(), "--username=" + this.options.jdbcUser(),
						database.getPath().substring(1)));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", this.options.jdbcPassword());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(this.options.seconds() + 120L, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("pgbench failed:\n" + output);
		}
		Matcher tps = TPS.matcher(output);
		if (!tps.find()) {
			throw new IllegalStateException("No throughput in pgbench's output:\n" + output);
		}
		List<Long> nanos = latencies(logs);
		Map<String, Integer> failures = new TreeMap<>();
		Matcher failed = FAILED.matcher(output);
		if (failed.find() && Integer.parseInt(failed.group(1)) > 0) {
			failures.put("transaction failed", Integer.parseInt(failed.group(1)));
		}
		// the rate pgbench reports, expressed as the seconds the completed transactions
		// took at it
		double seconds = nanos.size() / Double.parseDouble(tps.group(1));
		return new Row("raw SQL", new Figures(concurrency, nanos, failures, seconds), 0, Double.NaN);
	}

	// pgbench's log: one line a transaction, its latency in µs the third field
	private static List<Long> latencies(Path logs) throws IOException {
		List<Long> nanos = new ArrayList<>();
		try (Stream<Path> files = Files.list(logs)) {
			for (Path file : files.toList()) {
				for (String line : Files.readAllLines(file)) {
					String[] fields = line.split(" ");
					nanos.add(Long.parseLong(fields[2]) * 1_000);
				}
				Files.delete(file);
			}
		}
		Files.delete(logs);
		return nanos;
	}

	private static int count(Statement statement, String table) throws SQLException {
		try (var rows = statement.executeQuery("select count(*) from " + table)) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
