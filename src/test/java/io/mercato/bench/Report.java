package io.mercato.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mercato.bench.PurchaseBenchmark.Row;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The benchmark's figures as a Markdown table and as a chart of throughput and p99
 * against concurrency.
 */
final class Report {

	private final List<Row> rows;

	private final List<String> notes;

	Report(List<Row> rows, List<String> notes) {
		this.rows = rows;
		this.notes = notes;
	}

	String markdown(LocalDate date, PurchaseBenchmark.Options options) {
		StringBuilder text = new StringBuilder();
		text.append("## Purchase benchmark, %s (java %s, %d cores, %,d products, %d s a run after %d s warm-up)%n%n"
			.formatted(date, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
					options.products(), options.seconds(), options.warmup()));
		text.append("| scenario | concurrency | completed | failed | per second | p50 ms | p95 ms | p99 ms "
				+ "| app peak RSS | statements per order |\n");
		text.append("|---|--:|--:|---|--:|--:|--:|--:|--:|--:|\n");
		for (Row row : this.rows) {
			Load.Figures figures = row.figures();
			text.append("| %s | %d | %,d | %s | %.1f | %.1f | %.1f | %.1f | %s | %s |%n".formatted(row.scenario(),
					figures.concurrency(), figures.completed(),
					(figures.failed() == 0) ? "0" : figures.failed() + " (" + figures.failureSummary() + ")",
					figures.perSecond(), figures.percentile(50), figures.percentile(95), figures.percentile(99),
					Memory.describe(row.peakKilobytes()),
					Double.isNaN(row.statementsPerOrder()) ? "" : "%.1f".formatted(row.statementsPerOrder())));
		}
		List<String> ratios = ratios();
		if (!ratios.isEmpty()) {
			text.append("\n| concurrency | checkout orders/s | raw SQL orders/s | checkout ÷ raw SQL |\n");
			text.append("|--:|--:|--:|--:|\n");
			ratios.forEach(text::append);
		}
		if (!this.notes.isEmpty()) {
			text.append('\n');
			this.notes.forEach((note) -> text.append("- ").append(note).append('\n'));
		}
		return text.toString();
	}

	private List<String> ratios() {
		List<String> lines = new ArrayList<>();
		for (Row checkout : series("checkout")) {
			find("raw SQL", checkout.figures().concurrency()).ifPresent(
					(raw) -> lines.add("| %d | %.1f | %.1f | %.0f %% |%n".formatted(checkout.figures().concurrency(),
							checkout.figures().perSecond(), raw.figures().perSecond(),
							100 * checkout.figures().perSecond() / raw.figures().perSecond())));
		}
		return lines;
	}

	/**
	 * Throughput (left axis) and p99 (right axis) of each order scenario against
	 * concurrency.
	 */
	void chart(Path file) throws IOException {
		XYChart chart = new XYChartBuilder().width(900)
			.height(520)
			.title("Orders per second and p99 against concurrency")
			.xAxisTitle("concurrent customers")
			.yAxisTitle("orders per second")
			.build();
		chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
		chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
		chart.getStyler().setXAxisLogarithmic(true);
		chart.setYAxisGroupTitle(1, "p99 ms");
		chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
		for (Map.Entry<String, List<Row>> scenario : orderScenarios().entrySet()) {
			List<Row> points = scenario.getValue();
			if (points.isEmpty()) {
				continue;
			}
			double[] concurrency = points.stream().mapToDouble((row) -> row.figures().concurrency()).toArray();
			XYSeries throughput = chart.addSeries(scenario.getKey() + " orders/s", concurrency,
					points.stream().mapToDouble((row) -> row.figures().perSecond()).toArray());
			throughput.setMarker(SeriesMarkers.CIRCLE);
			if (!scenario.getKey().equals("raw SQL")) {
				XYSeries p99 = chart.addSeries(scenario.getKey() + " p99 ms", concurrency,
						points.stream().mapToDouble((row) -> row.figures().percentile(99)).toArray());
				p99.setYAxisGroup(1);
				p99.setMarker(SeriesMarkers.DIAMOND);
			}
		}
		BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
	}

	private Map<String, List<Row>> orderScenarios() {
		Map<String, List<Row>> scenarios = new LinkedHashMap<>();
		for (String name : List.of("checkout", "direct", "raw SQL")) {
			scenarios.put(name, series(name));
		}
		return scenarios;
	}

	private List<Row> series(String scenario) {
		return this.rows.stream().filter((row) -> row.scenario().equals(scenario)).toList();
	}

	private Optional<Row> find(String scenario, int concurrency) {
		return series(scenario).stream().filter((row) -> row.figures().concurrency() == concurrency).findFirst();
	}

}
