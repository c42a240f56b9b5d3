package io.mercato.inventory.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.mercato.inventory.StockLine;
import io.mercato.shared.database.SqlValues;
import io.mercato.shared.domain.Ids;

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
	 * Records the reservation's lines as active (lines released earlier under the same
	 * reference and product are reused), adds their units to their stock rows' reserved
	 * units and writes their ledger rows, in one statement whatever the number of lines.
	 * The caller holds the stock rows' locks and has checked that the units are
	 * available; the table's check enforces it as well.
	 * @param lines the products and their units, each product once, each with a row
	 * @return the stock rows afterwards, in product-id order, and how many lines were
	 * recorded: fewer than given when one was not free
	 */
	Held hold(String reference, List<StockLine> lines, Instant now) {
		List<StockRow> rows = new ArrayList<>();
		int[] held = { 0 };
		this.jdbc
			.sql("""
					with line as (
					    select product_id, quantity, movement_id
					    from unnest(?::uuid[], ?::integer[], ?::uuid[]) as line (product_id, quantity, movement_id)
					), held as (
					    insert into inventory.reservation (reference, product_id, quantity, state, created_at, updated_at)
					    select ?, line.product_id, line.quantity, 'ACTIVE', ?, ? from line
					    on conflict (reference, product_id) do update
					        set quantity = excluded.quantity, state = 'ACTIVE', updated_at = excluded.updated_at
					        where inventory.reservation.state = 'RELEASED'
					    returning product_id
					), moved as (
					    insert into inventory.stock_movement (id, product_id, delta_quantity, delta_reserved, reason, reference,
					                                          created_at)
					    select line.movement_id, line.product_id, 0, line.quantity, 'RESERVE', ?, ? from line
					)
					update inventory.stock s set reserved = s.reserved + line.quantity, updated_at = ?
					from line
					where s.product_id = line.product_id
					returning s.product_id, s.shopkeeper_id, s.quantity, s.reserved, s.low_stock_threshold,
					          s.last_restocked_at, (select count(*) from held) as held_lines""")
			.params(lines.stream().map(StockLine::productId).toArray(UUID[]::new),
					lines.stream().map(StockLine::quantity).toArray(Integer[]::new),
					lines.stream().map((line) -> Ids.newId()).toArray(UUID[]::new), reference, SqlValues.timestamp(now),
					SqlValues.timestamp(now), reference, SqlValues.timestamp(now), SqlValues.timestamp(now))
			.query((rs, row) -> {
				held[0] = rs.getInt("held_lines");
				return StockRow.map(rs, row);
			})
			.list()
			.forEach(rows::add);
		if (rows.size() != lines.size()) {
			throw new IllegalStateException("Expected " + lines.size() + " stock rows, changed " + rows.size());
		}
		rows.sort((left, right) -> ProductOrder.COMPARATOR.compare(left.productId(), right.productId()));
		return new Held(rows, held[0]);
	}

	/**
	 * What holding a reservation did.
	 *
	 * @param rows the stock rows afterwards, in product-id order
	 * @param lines how many reservation lines were recorded
	 */
	record Held(List<StockRow> rows, int lines) {

	}

}
