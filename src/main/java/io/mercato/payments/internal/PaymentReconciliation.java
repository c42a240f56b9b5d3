package io.mercato.payments.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mercato.ordering.OrderManagement;
import io.mercato.payments.PaymentStatus;
import io.mercato.payments.internal.PaymentGateway.Outcome;
import io.mercato.payments.internal.PaymentGateway.Result;
import io.mercato.shared.database.SqlValues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves payments whose outcome is not known: asks the gateway about each charge left
 * {@code PROCESSING} (its request got no answer) for longer than
 * {@code mercato.payments.reconcile-after}, and writes what the gateway says, never a
 * guess; fails cash and bank-transfer payments not received within
 * {@code mercato.payments.offline-window} ({@code not_received}), whose orders the expiry
 * job has cancelled long before.
 */
@Component
class PaymentReconciliation {

	static final String LOCK_NAME = "reconcile-payments";

	private static final int BATCH = 100;

	private static final Logger logger = LoggerFactory.getLogger(PaymentReconciliation.class);

	// payment_unresolved_idx serves this scan, in the order of its key
	private static final String UNRESOLVED = """
			select id, created_at from payments.payment
			where status in ('PENDING', 'PROCESSING') and created_at <= ? and (created_at, id) > (?, ?)
			  and (status = 'PROCESSING' or created_at <= ?)
			order by created_at, id
			limit ?""";

	private final PaymentService service;

	private final OrderManagement orders;

	private final PaymentRepository payments;

	private final PaymentSettings settings;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PaymentReconciliation(PaymentService service, OrderManagement orders, PaymentRepository payments,
			PaymentSettings settings, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.service = service;
		this.orders = orders;
		this.payments = payments;
		this.settings = settings;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${mercato.payments.reconcile-interval:1m}",
			fixedDelayString = "${mercato.payments.reconcile-interval:1m}")
	@SchedulerLock(name = LOCK_NAME, lockAtLeastFor = "${mercato.payments.reconcile-interval:1m}")
	void run() {
		reconcile();
	}

	/**
	 * Asks about every payment left unresolved long enough.
	 * @return how many were resolved
	 */
	int reconcile() {
		Instant now = this.clock.instant();
		Instant before = now.minus(this.settings.reconcileAfter());
		Instant afterTime = Instant.EPOCH;
		UUID afterId = new UUID(0, 0);
		int resolved = 0;
		List<Unresolved> page;
		do {
			page = this.jdbc.sql(UNRESOLVED)
				.params(SqlValues.timestamp(before), SqlValues.timestamp(afterTime), afterId,
						SqlValues.timestamp(now.minus(this.settings.offlineWindow())), BATCH)
				.query((rs, row) -> new Unresolved(rs.getObject("id", UUID.class),
						rs.getObject("created_at", OffsetDateTime.class).toInstant()))
				.list();
			for (Unresolved payment : page) {
				if (resolve(payment.id(), now)) {
					resolved++;
				}
			}
			if (!page.isEmpty()) {
				afterTime = page.get(page.size() - 1).createdAt();
				afterId = page.get(page.size() - 1).id();
			}
		}
		while (page.size() == BATCH);
		if (resolved > 0) {
			logger.info("Resolved {} payments whose outcome was not known", resolved);
		}
		return resolved;
	}

	private boolean resolve(UUID paymentId, Instant now) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				// the order's row lock before the payment's, as every payment step takes
				// them
				this.payments.findOrderIdById(paymentId).ifPresent(this.orders::holdForPayment);
				Payment payment = this.payments.findForUpdate(paymentId).orElse(null);
				if (payment == null || !payment.isUnresolved()) {
					return false;
				}
				if (payment.getStatus() == PaymentStatus.PENDING) {
					if (payment.getCreatedAt().plus(this.settings.offlineWindow()).isAfter(now)) {
						return false;
					}
					payment.fail("not_received", "The payment was not received in time.", null, null,
							this.service.recipients(payment.getOrderId()));
					this.payments.save(payment);
					return true;
				}
				PaymentGateway gateway = this.service.gateway(payment.getGateway());
				payment.countAttempt();
				Outcome outcome = gateway.lookUp(payment.getId());
				if (outcome.result() == Result.UNKNOWN) {
					this.payments.save(payment);
					return false;
				}
				this.service.settle(payment, outcome, this.service.recipients(payment.getOrderId()), false);
				return true;
			}));
		}
		catch (RuntimeException ex) {
			logger.warn("Payment {} could not be reconciled ({}); it is tried again on the next run", paymentId,
					ex.getClass().getName());
			return false;
		}
	}

	private record Unresolved(UUID id, Instant createdAt) {

	}

}
