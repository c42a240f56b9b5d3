package io.mercato.inventory.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.mercato.inventory.StockLine;
import io.mercato.shared.database.SqlValues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reservations per reference and product, whose state makes release, commit and return
 * happen once: only the statement that moves a line out of its state gets it back.
 */
@Repository
class ReservationRepository {

	/** The first key of the inventory's advisory locks, apart from any other's. */
	private static final int RESERVATION_LOCK_SPACE = 0x494E56;

	private final JdbcClient jdbc;

	ReservationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Serializes reservations under one reference until the transaction ends, so that two
	 * of them cannot both find the reference free. Other references never wait.
	 */
	void lock(String reference) {
		this.jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
			.params(RESERVATION_LOCK_SPACE, reference)
			.query((rs, row) -> 1)
			.single();
	}

	boolean isHeld(String reference) {
		return this.jdbc
			.sql("select exists (select 1 from inventory.reservation where reference = ? and state <> 'RELEASED')")
			.param(reference)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Records the reservation's lines as active; lines released earlier under the same
	 * reference and product are reused.
	 * @return the lines recorded, fewer than given when one was not free
	 */
	int hold(String reference, List<StockLine> lines, Instant now) {
		return this.jdbc.sql("""
				insert into inventory.reservation (reference, product_id, quantity, state, created_at, updated_at)
				select ?, line.product_id, line.quantity, 'ACTIVE', ?, ?
				from unnest(?::uuid[], ?::integer[]) as line (product_id, quantity)
				on conflict (reference, product_id) do update
				    set quantity = excluded.quantity, state = 'ACTIVE', updated_at = excluded.updated_at
				    where inventory.reservation.state = 'RELEASED'""")
			.params(reference, SqlValues.timestamp(now), SqlValues.timestamp(now),
					lines.stream().map(StockLine::productId).toArray(UUID[]::new),
					lines.stream().map(StockLine::quantity).toArray(Integer[]::new))
			.update();
	}

	/**
	 * Moves the reference's lines that are in one state to the next, in one statement: an
	 * active reservation is released or committed, a committed one returned. Only the
	 * statement that moves a line gets it back, so a second, racing call gets nothing.
	 * @param from the state the lines are in
	 * @param to the state they move to
	 * @return the lines moved, in product-id order; empty when none was in {@code from}
	 */
	List<StockLine> resolve(String reference, ReservationState from, ReservationState to, Instant now) {
		if (!from.mayBecome(to)) {
			throw new IllegalArgumentException("A reservation line never moves from " + from + " to " + to);
		}
		return this.jdbc.sql("""
				update inventory.reservation set state = ?, updated_at = ?
				where reference = ? and state = ?
				returning product_id, quantity""")
			.params(to.name(), SqlValues.timestamp(now), reference, from.name())
			.query((rs, row) -> new StockLine(rs.getObject("product_id", UUID.class), rs.getInt("quantity")))
			.list()
			.stream()
			.sorted((left, right) -> ProductOrder.COMPARATOR.compare(left.productId(), right.productId()))
			.toList();
	}

}
