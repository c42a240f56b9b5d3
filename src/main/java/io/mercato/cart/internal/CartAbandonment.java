package io.mercato.cart.internal;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks carts that nobody changed for {@code mercato.cart.abandon-after} as
 * {@code ABANDONED}: a user's next request gets a new, empty cart, and a guest's token
 * opens nothing any more. One instance of the cluster runs it at a time; it works in
 * batches of short transactions that skip carts a request holds locked, so it never makes
 * a shopper wait.
 */
@Component
class CartAbandonment {

	static final String LOCK_NAME = "abandon-idle-carts";

	private static final int BATCH = 500;

	private final CartStore store;

	private final CartSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CartAbandonment(CartStore store, CartSettings settings, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${mercato.cart.abandon-check-interval}",
			fixedDelayString = "${mercato.cart.abandon-check-interval}")
	@SchedulerLock(name = LOCK_NAME, lockAtMostFor = "${mercato.cart.abandon-check-interval}")
	void run() {
		abandonIdleCarts();
	}

	/**
	 * Abandons every cart idle for longer than the configured time.
	 * @return how many carts were abandoned
	 */
	int abandonIdleCarts() {
		Instant now = this.clock.instant();
		Instant idleSince = now.minus(this.settings.abandonAfter());
		int total = 0;
		int batch;
		do {
			batch = this.transactions.execute((status) -> this.store.abandon(idleSince, BATCH, now));
			total += batch;
		}
		while (batch == BATCH);
		return total;
	}

}
