package io.mercato.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one unit of work (a whole order, a page request) in a number of threads at once,
 * each starting its next unit as soon as its last one ends, for a warm-up and then for a
 * measured time or until a bound on units is reached. Only units that start inside the
 * measured window count.
 */
final class Load {

	private Load() {
	}

	static Figures run(int concurrency, Duration warmup, Duration measured, int maxUnits, Work work)
			throws InterruptedException {
		long measureFrom = System.nanoTime() + warmup.toNanos();
		long measureUntil = measureFrom + measured.toNanos();
		List<Worker> workers = new ArrayList<>();
		CountDownLatch done = new CountDownLatch(concurrency);
		int perWorker = Math.max(1, maxUnits / concurrency);
		for (int i = 0; i < concurrency; i++) {
			Worker worker = new Worker(i, work, measureFrom, measureUntil, perWorker, done);
			workers.add(worker);
			new Thread(worker, "load-" + i).start();
		}
		done.await();
		long end = workers.stream().mapToLong((worker) -> worker.lastEnd).max().orElse(measureUntil);
		List<Long> nanos = new ArrayList<>();
		Map<String, Integer> failures = new TreeMap<>();
		for (Worker worker : workers) {
			nanos.addAll(worker.nanos);
			worker.failures.forEach((failure, count) -> failures.merge(failure, count, Integer::sum));
		}
		return new Figures(concurrency, nanos, failures, Math.max(1, end - measureFrom) / 1e9);
	}

	/**
	 * One unit of work.
	 */
	@FunctionalInterface
	interface Work {

		/**
		 * @param worker the thread's number, from 0
		 * @param unit how many units this thread did before
		 * @return {@code null} when the unit succeeded, otherwise what failed, such as
		 * {@code "checkout 409 insufficient_stock"}
		 * @throws Exception when a request could not be sent; counted as a failure
		 */
		String perform(int worker, int unit) throws Exception;

	}

	private static final class Worker implements Runnable {

		private final int number;

		private final Work work;

		private final long measureFrom;

		private final long measureUntil;

		private final int maxUnits;

		private final CountDownLatch done;

		private final List<Long> nanos = new ArrayList<>();

		private final Map<String, Integer> failures = new TreeMap<>();

		private volatile long lastEnd;

		Worker(int number, Work work, long measureFrom, long measureUntil, int maxUnits, CountDownLatch done) {
			this.number = number;
			this.work = work;
			this.measureFrom = measureFrom;
			this.measureUntil = measureUntil;
			this.maxUnits = maxUnits;
			this.done = done;
		}

		@Override
		public void run() {
			try {
				int measuredUnits = 0;
				for (int unit = 0;; unit++) {
					long start = System.nanoTime();
					if (start >= this.measureUntil || measuredUnits >= this.maxUnits) {
						break;
					}
					String failure;
					try {
						failure = this.work.perform(this.number, unit);
					}
					catch (Exception ex) {
						failure = ex.getClass().getSimpleName();
					}
					long end = System.nanoTime();
					if (start >= this.measureFrom) {
						measuredUnits++;
						this.lastEnd = end;
						if (failure == null) {
							this.nanos.add(end - start);
						}
						else {
							this.failures.merge(failure, 1, Integer::sum);
						}
					}
				}
			}
			finally {
				this.done.countDown();
			}
		}

	}

	/**
	 * What one run did.
	 *
	 * @param concurrency its threads
	 * @param nanos how long each successful unit took
	 * @param failures failed units, by what failed
	 * @param seconds from the start of the measured window to the end of its last unit
	 */
	record Figures(int concurrency, List<Long> nanos, Map<String, Integer> failures, double seconds) {

		int completed() {
			return this.nanos.size();
		}

		int failed() {
			return this.failures.values().stream().mapToInt(Integer::intValue).sum();
		}

		double perSecond() {
			return completed() / this.seconds;
		}

		/** Nearest-rank percentile, in milliseconds. */
		double percentile(int percent) {
			if (this.nanos.isEmpty()) {
				return Double.NaN;
			}
			List<Long> sorted = this.nanos.stream().sorted().toList();
			int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
			return sorted.get(Math.max(rank, 1) - 1) / 1e6;
		}

		String failureSummary() {
			if (this.failures.isEmpty()) {
				return "none";
			}
			StringBuilder summary = new StringBuilder();
			this.failures.forEach((failure, count) -> summary.append(summary.isEmpty() ? "" : ", ")
				.append(count)
				.append(" × ")
				.append(failure));
			return summary.toString();
		}

	}

}
