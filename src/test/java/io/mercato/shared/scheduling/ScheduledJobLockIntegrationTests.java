package io.mercato.shared.scheduling;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.fixtures.LockedJobProbe;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@MercatoApiTest
class ScheduledJobLockIntegrationTests {

	@Autowired
	LockedJobProbe job;

	@Test
	void skipsARunWhileAnotherHoldsTheJobsLockAndRunsOnceItIsReleased() throws Exception {
		int before = this.job.runs();
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> run(firstStarted, releaseFirst));
		assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();

		// released in advance: were the lock ignored, this call would run and return too
		run(new CountDownLatch(1), new CountDownLatch(0));
		assertThat(this.job.runs()).isEqualTo(before + 1);

		releaseFirst.countDown();
		first.get(10, TimeUnit.SECONDS);
		run(new CountDownLatch(1), new CountDownLatch(0));
		assertThat(this.job.runs()).isEqualTo(before + 2);
	}

	private void run(CountDownLatch started, CountDownLatch release) {
		try {
			this.job.run(started, release);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
