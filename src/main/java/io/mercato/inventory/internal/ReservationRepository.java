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

}
