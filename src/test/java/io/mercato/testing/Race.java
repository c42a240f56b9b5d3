package io.mercato.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Runs calls against each other on real threads, so that a test can prove what happens
 * when they really overlap: <pre>
 * List&lt;Outcome&lt;String&gt;&gt; outcomes = Race.of(8, (i) -&gt; {
 *     products.createProduct(shopkeepers.get(i), draftWithTheSameSku);
 *     return "created";
 * });
 * List&lt;String&gt; results = outcomes.stream()
 *     .map((outcome) -&gt; outcome.valueOr(SkuTaken.class, SkuTaken::code))
 *     .toList();
 * assertThat(results).containsOnlyOnce("created");
 * </pre>
 * <p>
 * Every call gets its own platform thread. The threads wait at a ready gate until each of
 * them is running, and only then does a start gate let all of them into their calls at
 * once; no call starts before the last thread is ready.
 * <p>
 * The race has a time limit ({@value #DEFAULT_TIME_LIMIT_SECONDS} seconds unless given),
 * counted from its start to the end of its last call. A race that exceeds it fails with
 * an {@link AssertionError} naming the calls still running, with the stack of each as a
 * suppressed exception (a deadlock shows where it waits); those calls are interrupted
 * and, since they run on daemon threads, never keep the JVM alive.
 * <p>
 * A call that throws does not end the race: its exception becomes its {@link Outcome}.
 * The outcome hands the exception to a test that expects one of its type
 * ({@link Outcome#failure(Class)}, {@link Outcome#valueOr(Class, Function)}); asked for a
 * value or for another type, it fails the test with an {@link AssertionError} whose cause
 * is the call's own exception, stack trace included.
 */
public final class Race {

	/** How long a race may take when no time limit is given. */
	public static final long DEFAULT_TIME_LIMIT_SECONDS = 30;

	private static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(DEFAULT_TIME_LIMIT_SECONDS);

	private Race() {
	}

	/**
	 * Races {@code count} calls of {@code call}, each told its index, within the default
	 * time limit.
	 * @param <T> what a call returns
	 * @param count the number of racing calls, at least one
	 * @param call the call, given its index from {@code 0} to {@code count - 1}
	 * @return the outcome of every call, in index order
	 * @throws AssertionError if the race exceeds the time limit
	 * @throws InterruptedException if the test's thread is interrupted while it waits for
	 * the race, which then interrupts every call still running
	 */
	public static <T> List<Outcome<T>> of(int count, Call<? extends T> call) throws InterruptedException {
		return of(count, call, DEFAULT_TIME_LIMIT);
	}

	/**
	 * Races {@code count} calls of {@code call}, each told its index, within the given
	 * time limit.
	 * @param <T> what a call returns
	 * @param count the number of racing calls, at least one
	 * @param call the call, given its index from {@code 0} to {@code count - 1}
	 * @param timeLimit how long the whole race may take
	 * @return the outcome of every call, in index order
	 * @throws AssertionError if the race exceeds the time limit
	 * @throws InterruptedException if the test's thread is interrupted while it waits for
	 * the race, which then interrupts every call still running
	 */
	public static <T> List<Outcome<T>> of(int count, Call<? extends T> call, Duration timeLimit)
			throws InterruptedException {
		if (count < 1) {
			throw new IllegalArgumentException("A race needs at least one call, not " + count);
		}
		List<Callable<T>> calls = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int index = i;
			calls.add(() -> call.call(index));
		}
		return run(calls, timeLimit);
	}

	/**
	 * Races the given calls within the default time limit.
	 * @param <T> what a call returns
	 * @param calls the racing calls, at least one
	 * @return the outcome of every call, in the order of {@code calls}
	 * @throws AssertionError if the race exceeds the time limit
	 * @throws InterruptedException if the test's thread is interrupted while it waits for
	 * the race, which then interrupts every call still running
	 */
	public static <T> List<Outcome<T>> run(List<? extends Callable<? extends T>> calls) throws InterruptedException {
		return run(calls, DEFAULT_TIME_LIMIT);
	}

	/**
	 * Races the given calls within the given time limit.
	 * @param <T> what a call returns
	 * @param calls the racing calls, at least one
	 * @param timeLimit how long the whole race may take
	 * @return the outcome of every call, in the order of {@code calls}
	 * @throws AssertionError if the race exceeds the time limit
	 * @throws InterruptedException if the test's thread is interrupted while it waits for
	 * the race, which then interrupts every call still running
	 */
	public static <T> List<Outcome<T>> run(List<? extends Callable<? extends T>> calls, Duration timeLimit)
			throws InterruptedException {
		if (calls.isEmpty()) {
			throw new IllegalArgumentException("A race needs at least one call");
		}
		long deadline = System.nanoTime() + timeLimit.toNanos();
		int count = calls.size();
		CountDownLatch ready = new CountDownLatch(count);
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch finished = new CountDownLatch(count);
		AtomicReferenceArray<Outcome<T>> outcomes = new AtomicReferenceArray<>(count);
		List<Thread> threads = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int index = i;
			Callable<? extends T> call = calls.get(i);
			Thread thread = new Thread(() -> {
				ready.countDown();
				try {
					start.await();
					outcomes.set(index, new Outcome<>(index, call.call(), null));
				}
				catch (Throwable ex) {
					// also an interrupt at the start gate, which only an abandoned race
					// sends, and whose outcome nobody reads then
					outcomes.set(index, new Outcome<>(index, null, ex));
				}
				finally {
					finished.countDown();
				}
			}, "race-call-" + i);
			// a call the time limit abandons must not keep the test JVM alive
			thread.setDaemon(true);
			threads.add(thread);
		}
		boolean over = false;
		try {
			threads.forEach(Thread::start);
			if (!ready.await(remaining(deadline), TimeUnit.NANOSECONDS)) {
				throw new AssertionError("Only %d of the race's %d threads started within %s"
					.formatted(count - ready.getCount(), count, timeLimit));
			}
			start.countDown();
			if (!finished.await(remaining(deadline), TimeUnit.NANOSECONDS)) {
				throw stillRunning(threads, outcomes, timeLimit);
			}
			over = true;
		}
		finally {
			if (!over) {
				// the race is abandoned: calls still waiting or running are told to stop
				threads.forEach(Thread::interrupt);
			}
		}
		List<Outcome<T>> result = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			result.add(outcomes.get(i));
		}
		return List.copyOf(result);
	}

	private static long remaining(long deadline) {
		return Math.max(0, deadline - System.nanoTime());
	}

	private static AssertionError stillRunning(List<Thread> threads, AtomicReferenceArray<?> outcomes,
			Duration timeLimit) {
		List<Integer> running = new ArrayList<>();
		List<Throwable> stacks = new ArrayList<>();
		for (int i = 0; i < threads.size(); i++) {
			if (outcomes.get(i) == null) {
				running.add(i);
				Throwable stack = new Throwable("Call " + i + " still running at");
				stack.setStackTrace(threads.get(i).getStackTrace());
				stacks.add(stack);
			}
		}
		AssertionError error = new AssertionError("The race of %d calls did not finish within %s; still running: %s"
			.formatted(threads.size(), timeLimit, running));
		stacks.forEach(error::addSuppressed);
		return error;
	}

	/**
	 * A racing call that is told its index.
	 *
	 * @param <T> what it returns
	 */
	@FunctionalInterface
	public interface Call<T> {

		/**
		 * Makes the call.
		 * @param index the call's index in the race, from zero
		 * @return what the call returns
		 * @throws Exception whatever the call throws, kept as its outcome
		 */
		T call(int index) throws Exception;

	}

	/**
	 * What one racing call did: either returned a value (possibly {@code null}) or threw.
	 *
	 * @param <T> what the call returns
	 */
	public static final class Outcome<T> {

		private final int index;

		private final T value;

		private final Throwable failure;

		private Outcome(int index, T value, Throwable failure) {
			this.index = index;
			this.value = value;
			this.failure = failure;
		}

		/**
		 * Returns the call's index in the race.
		 * @return the index, from zero
		 */
		public int index() {
			return this.index;
		}

		/**
		 * Answers whether the call returned rather than threw.
		 * @return {@code true} if it returned
		 */
		public boolean succeeded() {
			return this.failure == null;
		}

		/**
		 * Answers whether the call threw an exception of the given type.
		 * @param type the type of exception
		 * @return {@code true} if it threw one
		 */
		public boolean failedWith(Class<? extends Throwable> type) {
			return type.isInstance(this.failure);
		}

		/**
		 * Returns what the call returned.
		 * @return the value
		 * @throws AssertionError caused by the call's exception, if it threw
		 */
		public T value() {
			if (this.failure != null) {
				throw new AssertionError("Racing call %d failed".formatted(this.index), this.failure);
			}
			return this.value;
		}

		/**
		 * Returns the exception the call threw, which the test expects to be of the given
		 * type.
		 * @param <X> the type of exception
		 * @param expected the type of exception
		 * @return the exception
		 * @throws AssertionError if the call returned, or caused by its exception if that
		 * is of another type
		 */
		public <X extends Throwable> X failure(Class<X> expected) {
			if (this.failure == null) {
				throw new AssertionError("Racing call %d returned %s instead of throwing %s".formatted(this.index,
						this.value, expected.getName()));
			}
			if (!expected.isInstance(this.failure)) {
				throw new AssertionError(
						"Racing call %d failed with something else than %s".formatted(this.index, expected.getName()),
						this.failure);
			}
			return expected.cast(this.failure);
		}

		/**
		 * Returns what the call returned, or, if it threw the expected exception, what
		 * that exception maps to: <pre>
		 * String result = outcome.valueOr(SkuTaken.class, SkuTaken::code);
		 * </pre>
		 * @param <X> the type of the expected exception
		 * @param expected the type of the expected exception
		 * @param mapping what an expected exception stands for
		 * @return the value, or the mapped exception
		 * @throws AssertionError caused by the call's exception, if that is of another
		 * type
		 */
		public <X extends Throwable> T valueOr(Class<X> expected, Function<? super X, ? extends T> mapping) {
			return succeeded() ? this.value : mapping.apply(failure(expected));
		}

		@Override
		public String toString() {
			return "Racing call " + this.index
					+ ((this.failure != null) ? " threw " + this.failure : " returned " + Objects.toString(this.value));
		}

	}

}
