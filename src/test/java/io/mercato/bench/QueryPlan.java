package io.mercato.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.mercato.bench.ProductListQueryRecorder.RecordedQuery;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan PostgreSQL runs a recorded product-list statement with, and what it says in
 * short: which product indexes served it, how many product rows it read, whether it
 * sorted many rows.
 * <p>
 * The application's driver turns a statement it runs often into a server-side prepared
 * statement, and after five executions the server may switch such a statement to a
 * generic plan that ignores the parameter values. So the statement is prepared here too,
 * executed five times with the recorded values, and only then explained: the plan shown
 * is the one a warm connection of the application gets.
 *
 * @param text the plan as {@code EXPLAIN (ANALYZE, BUFFERS)} prints it
 * @param indexes the product indexes the plan reads, in plan order
 * @param productRowsRead rows the product scans produced or filtered out, all loops
 * @param sortedRows the most rows one sort node of the plan sorted, 0 if none
 * @param sequentialScan whether the plan scans the product table sequentially
 * @param generic whether the server chose a generic plan
 * @param executionMillis the execution time the plan reports
 */
record QueryPlan(String text, List<String> indexes, long productRowsRead, long sortedRows, boolean sequentialScan,
		boolean generic, double executionMillis) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int WARM_EXECUTIONS = 5;

	static QueryPlan explain(Connection connection, RecordedQuery query) throws SQLException {
		String arguments = query.parameters()
			.stream()
			.map(QueryPlan::literal)
			.collect(Collectors.joining(", ", "(", ")"));
		String execute = "execute bench_product_list" + (query.parameters().isEmpty() ? "" : arguments);
		try (Statement statement = connection.createStatement()) {
			statement.execute("prepare bench_product_list as " + numberedPlaceholders(query.sql()));
			try {
				for (int i = 0; i < WARM_EXECUTIONS; i++) {
					try (ResultSet rows = statement.executeQuery(execute)) {
						while (rows.next()) {
							// read every row, as the application does
						}
					}
				}
				JsonNode plan = JSON.readTree(single(statement, "explain (analyze, buffers, format json) " + execute))
					.get(0);
				String text = lines(statement, "explain (analyze, buffers) " + execute);
				Summary summary = new Summary();
				summary.visit(plan.get("Plan"));
				return new QueryPlan(text, List.copyOf(summary.indexes), summary.productRowsRead, summary.sortedRows,
						summary.sequentialScan, text.matches("(?s).*\\$\\d.*"), plan.get("Execution Time").asDouble());
			}
			finally {
				statement.execute("deallocate bench_product_list");
			}
		}
	}

	/**
	 * The node lines of the plan: what a reader needs to see which index served it,
	 * without the buffer and timing detail lines.
	 */
	String nodeLines() {
		return this.text.lines()
			.filter((line) -> line.contains("->") || !line.startsWith(" ") || line.contains("Index Cond")
					|| line.contains("Filter") || line.contains("Sort Method"))
			.collect(Collectors.joining("\n"));
	}

	/**
	 * One cell of the figures table: the product indexes, and the warnings a reader
	 * should not miss.
	 */
	String indexSummary() {
		List<String> parts = new ArrayList<>();
		parts.add(this.indexes.isEmpty() ? "none" : String.join(" + ", this.indexes));
		if (this.sequentialScan) {
			parts.add("**sequential scan**");
		}
		if (this.sortedRows > 1000) {
			parts.add("sort of %,d rows".formatted(this.sortedRows));
		}
		if (this.generic) {
			parts.add("generic plan");
		}
		return String.join(", ", parts);
	}

	private static String numberedPlaceholders(String sql) {
		StringBuilder numbered = new StringBuilder();
		boolean quoted = false;
		int parameter = 0;
		for (char c : sql.toCharArray()) {
			if (c == '\'') {
				quoted = !quoted;
			}
			if (c == '?' && !quoted) {
				numbered.append('$').append(++parameter);
			}
			else {
				numbered.append(c);
			}
		}
		return numbered.toString();
	}

	private static String literal(Object value) {
		if (value == null) {
			return "null";
		}
		String text;
		if (value instanceof Timestamp timestamp) {
			text = timestamp.toInstant().toString();
		}
		else if (value instanceof Object[] array) {
			text = java.util.Arrays.stream(array).map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
		}
		else {
			text = value.toString();
		}
		return "'" + text.replace("'", "''") + "'";
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static String lines(Statement statement, String sql) throws SQLException {
		List<String> lines = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				lines.add(rows.getString(1));
			}
		}
		return String.join("\n", lines);
	}

	private static final class Summary {

		private final Set<String> indexes = new LinkedHashSet<>();

		private long productRowsRead;

		private long sortedRows;

		private boolean sequentialScan;

		void visit(JsonNode node) {
			String type = node.path("Node Type").asString();
			String relation = node.path("Relation Name").asString();
			String index = node.path("Index Name").asString();
			long loops = node.path("Actual Loops").asLong();
			long read = (node.path("Actual Rows").asLong() + node.path("Rows Removed by Filter").asLong()
					+ node.path("Rows Removed by Index Recheck").asLong()) * Math.max(loops, 1);
			if (index.startsWith("product_") && !index.startsWith("product_image")) {
				this.indexes.add(index);
			}
			if ("product".equals(relation)) {
				this.productRowsRead += read;
				if ("Seq Scan".equals(type)) {
					this.sequentialScan = true;
				}
			}
			if (type.endsWith("Sort")) {
				long input = 0;
				for (JsonNode child : node.path("Plans")) {
					input += child.path("Actual Rows").asLong() * Math.max(child.path("Actual Loops").asLong(), 1);
				}
				this.sortedRows = Math.max(this.sortedRows, input);
			}
			for (JsonNode child : node.path("Plans")) {
				visit(child);
			}
		}

	}

}
