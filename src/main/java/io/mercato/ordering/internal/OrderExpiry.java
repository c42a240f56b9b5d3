package io.mercato.ordering.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mercato.shared.database.SqlValues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cancels unpaid orders ({@code PENDING} or {@code FAILED}) whose reservation window
 * ({@code mercato.ordering.reservation-window}) has passed, with reason {@code expired}:
 * their stock is released and their promotion use given back. One instance of the cluster
 * runs it at a time, every {@code mercato.ordering.expiry-check-interval}.
 * <p>
 * It reads the overdue orders' ids in pages (without locks) and expires each in a
 * transaction of its own through {@link OrderService#expire}, which takes the order's row
 * lock and looks again: an order a payment started or a customer cancelled meanwhile is
 * left alone, and one order that fails does not hold up the others (it is tried again on
 * the next run).
 */
@Component
class OrderExpiry {

	static final String LOCK_NAME = "expire-unpaid-orders";

	private static final int BATCH = 200;

	private static final Logger logger = LoggerFactory.getLogger(OrderExpiry.class);

	// the partial index customer_order_expiry_idx serves this scan, in the order of its
	// key
	private static final String OVERDUE = """
			select id, reservation_expires_at from ordering.customer_order
			where status in ('PENDING', 'FAILED') and reservation_expires_at <= ?
			  and (reservation_expires_at, id) > (?, ?)
			order by reservation_expires_at, id
			limit ?""";

	private final OrderService orders;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OrderExpiry(OrderService orders, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.orders = orders;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${mercato.ordering.expiry-check-interval:1m}",
			fixedDelayString = "${mercato.ordering.expiry-check-interval:1m}")
	@SchedulerLock(name = LOCK_NAME, lockAtLeastFor = "${mercato.ordering.expiry-check-interval:1m}")
	void run() {
		expireOverdueOrders();
	}

	/**
	 * Cancels every unpaid order whose reservation window has passed.
	 * @return how many were cancelled
	 */
	int expireOverdueOrders() {
		Instant now = this.clock.instant();
		Instant afterTime = Instant.EPOCH;
		UUID afterId = new UUID(0, 0);
		int expired = 0;
		List<Overdue> page;
		do {
			page = this.jdbc.sql(OVERDUE)
				.params(SqlValues.timestamp(now), SqlValues.timestamp(afterTime), afterId, BATCH)
				.query((rs, row) -> new Overdue(rs.getObject("id", UUID.class),
						rs.getObject("reservation_expires_at", OffsetDateTime.class).toInstant()))
				.list();
			for (Overdue order : page) {
				if (expire(order.id())) {
					expired++;
				}
			}
			if (!page.isEmpty()) {
				afterTime = page.get(page.size() - 1).expiresAt();
				afterId = page.get(page.size() - 1).id();
			}
		}
		while (page.size() == BATCH);
		if (expired > 0) {
			logger.info("Cancelled {} unpaid orders past their reservation window", expired);
		}
		return expired;
	}

	private boolean expire(UUID orderId) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> this.orders.expire(orderId)));
		}
		catch (RuntimeException ex) {
			// the kind of failure only: a database error's message may quote the
			// statement
			logger.warn("Order {} could not be expired ({}); it is tried again on the next run", orderId,
					ex.getClass().getName());
			return false;
		}
	}

	private record Overdue(UUID id, Instant expiresAt) {

	}

}
