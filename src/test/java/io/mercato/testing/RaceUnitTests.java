package io.mercato.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.mercato.testing.Race.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RaceUnitTests {

	@Test
	void runsEveryCallAtTheSameTimeAsAllTheOthers() throws Exception {
		int calls = 16;
		CountDownLatch inside = new CountDownLatch(calls);

		// each call waits inside itself until every call is inside too: calls run one
		// after another, or on fewer threads than calls, would never get there
		List<Outcome<Boolean>> outcomes = Race.of(calls, (i) -> {
			inside.countDown();
			return inside.await(20, TimeUnit.SECONDS);
		});

		assertThat(outcomes).hasSize(calls).allSatisfy((outcome) -> assertThat(outcome.value()).isTrue());
	}

	@Test
	void answersTheOutcomesInTheOrderOfTheCalls() throws Exception {
		List<Outcome<Integer>> outcomes = Race.of(5, (i) -> i * 10);

		assertThat(outcomes).extracting(Outcome::index).containsExactly(0, 1, 2, 3, 4);
		assertThat(outcomes).extracting(Outcome::value).containsExactly(0, 10, 20, 30, 40);
	}

	@Test
	void keepsTheExceptionOfAFailingCallAsItsOutcomeWhileTheOthersFinish() throws Exception {
		IllegalStateException boom = new IllegalStateException("boom");
		List<Callable<String>> calls = List.of(() -> "first", () -> {
			throw boom;
		}, () -> null);

		List<Outcome<String>> outcomes = Race.run(calls);

		assertThat(outcomes.get(0).succeeded()).isTrue();
		assertThat(outcomes.get(0).value()).isEqualTo("first");
		assertThat(outcomes.get(1).succeeded()).isFalse();
		assertThat(outcomes.get(1).failedWith(IllegalStateException.class)).isTrue();
		assertThat(outcomes.get(1).failedWith(IllegalArgumentException.class)).isFalse();
		assertThat(outcomes.get(1).failure(IllegalStateException.class)).isSameAs(boom);
		assertThat(outcomes.get(1).valueOr(IllegalStateException.class, Throwable::getMessage)).isEqualTo("boom");
		assertThat(outcomes.get(2).succeeded()).isTrue();
		assertThat(outcomes.get(2).value()).isNull();
	}

	@Test
	void reportsAnUnexpectedFailureOfARacingCallWithItsStackTrace() throws Exception {
		// the call's own exception as the cause, so its stack trace reaches the report
		IllegalStateException boom = new IllegalStateException("boom");
		Outcome<String> outcome = Race.<String>of(2, (i) -> {
			if (i == 1) {
				throw boom;
			}
			return "fine";
		}).get(1);

		assertThatExceptionOfType(AssertionError.class).isThrownBy(outcome::value)
			.withMessage("Racing call 1 failed")
			.satisfies((error) -> assertThat(error.getCause()).isSameAs(boom));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> outcome.failure(IllegalArgumentException.class))
			.withMessage("Racing call 1 failed with something else than java.lang.IllegalArgumentException")
			.satisfies((error) -> assertThat(error.getCause()).isSameAs(boom));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> outcome.valueOr(IllegalArgumentException.class, Throwable::getMessage))
			.satisfies((error) -> assertThat(error.getCause()).isSameAs(boom));
	}

	@Test
	void reportsACallThatReturnedWhereAFailureWasExpected() throws Exception {
		Outcome<String> outcome = Race.of(1, (i) -> "won").get(0);

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> outcome.failure(IllegalStateException.class))
			.withMessage("Racing call 0 returned won instead of throwing java.lang.IllegalStateException");
	}

	@Test
	void failsARaceThatOutlivesItsTimeLimitNamingTheCallsStillRunningAndInterruptsThem() throws Exception {
		CountDownLatch never = new CountDownLatch(1);
		CountDownLatch interrupted = new CountDownLatch(2);
		Callable<String> stuck = () -> {
			try {
				never.await();
				return "released";
			}
			catch (InterruptedException ex) {
				interrupted.countDown();
				throw ex;
			}
		};
		List<Callable<String>> calls = List.of(() -> "quick", stuck, () -> "quick too", stuck);

		// long enough for four threads to start on a busy machine; the stuck calls never
		// end
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> Race.run(calls, Duration.ofSeconds(3)))
			.withMessage("The race of 4 calls did not finish within PT3S; still running: [1, 3]")
			.satisfies((error) -> {
				assertThat(error.getSuppressed()).extracting(Throwable::getMessage)
					.containsExactly("Call 1 still running at", "Call 3 still running at");
				// where each stuck call waits, as a deadlock would show it
				assertThat(error.getSuppressed()).allSatisfy((stack) -> assertThat(stack.getStackTrace())
					.anySatisfy((frame) -> assertThat(frame.getClassName()).isEqualTo(CountDownLatch.class.getName())));
			});
		assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the stuck calls were interrupted").isTrue();
	}

	@Test
	void refusesARaceWithoutCalls() {
		assertThatIllegalArgumentException().isThrownBy(() -> Race.run(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> Race.of(0, (i) -> i));
	}

}
