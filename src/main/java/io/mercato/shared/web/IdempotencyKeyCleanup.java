package io.mercato.shared.web;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the idempotency keys whose lifetime ({@code mercato.idempotency.ttl}) is over,
 * once per {@code mercato.idempotency.cleanup-interval} across the cluster. An expired
 * key that is not deleted yet is already ignored by requests, so the job only keeps the
 * table small.
 */
@Component
class IdempotencyKeyCleanup {

	static final String LOCK_NAME = "delete-expired-idempotency-keys";

	private final IdempotencyKeys keys;

	private final Clock clock;

	IdempotencyKeyCleanup(IdempotencyKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${mercato.idempotency.cleanup-interval}",
			fixedDelayString = "${mercato.idempotency.cleanup-interval}")
	@SchedulerLock(name = LOCK_NAME, lockAtLeastFor = "${mercato.idempotency.cleanup-interval}",
			lockAtMostFor = "${mercato.idempotency.cleanup-interval}")
	void run() {
		deleteExpiredKeys();
	}

	/**
	 * Deletes every expired key, in one statement.
	 * @return how many were deleted
	 */
	int deleteExpiredKeys() {
		return this.keys.deleteExpired(this.clock.instant());
	}

}
