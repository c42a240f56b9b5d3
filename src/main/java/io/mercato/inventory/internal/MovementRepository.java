package io.mercato.inventory.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.mercato.inventory.MovementReason;
import io.mercato.inventory.StockMovement;
import io.mercato.shared.database.SqlValues;
import io.mercato.shared.domain.Ids;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stock ledger: rows are only ever added, and every change of a stock row adds one in
 * the same transaction.
 */
@Repository
class MovementRepository {

	private final JdbcClient jdbc;

	MovementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds one movement per change, all with the same reason, reference, note and actor,
	 * in one statement.
	 */
	void record(List<Change> changes, MovementReason reason, String reference, String note, UUID actorId, Instant now) {
		if (changes.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("""
					insert into inventory.stock_movement (id, product_id, delta_quantity, delta_reserved, reason, reference,
					                                      note, actor_id, created_at)
					select change.id, change.product_id, change.delta_quantity, change.delta_reserved, ?, ?::varchar, ?::varchar,
					       ?::uuid, ?
					from unnest(?::uuid[], ?::uuid[], ?::integer[], ?::integer[])
					     as change (id, product_id, delta_quantity, delta_reserved)""")
			.params(reason.name(), reference, note, actorId, SqlValues.timestamp(now),
					changes.stream().map((change) -> Ids.newId()).toArray(UUID[]::new),
					changes.stream().map(Change::productId).toArray(UUID[]::new),
					changes.stream().map(Change::deltaQuantity).toArray(Integer[]::new),
					changes.stream().map(Change::deltaReserved).toArray(Integer[]::new))
			.update();
	}

	/**
	 * Reads a page of a product's movements, newest first; backwards reads towards newer
	 * ones (the rows are then oldest first).
	 */
	List<StockMovement> page(UUID productId, Keyset after, boolean backwards, int limit) {
		StringBuilder sql = new StringBuilder("""
				select id, product_id, delta_quantity, delta_reserved, reason, reference, note, actor_id, created_at
				from inventory.stock_movement where product_id = ?""");
		List<Object> parameters = new ArrayList<>(List.of(productId));
		if (after != null) {
			sql.append(" and (created_at, id) ").append(backwards ? ">" : "<").append(" (?, ?)");
			parameters.add(SqlValues.timestamp(after.createdAt()));
			parameters.add(after.id());
		}
		String direction = backwards ? "asc" : "desc";
		sql.append(" order by created_at ").append(direction).append(", id ").append(direction).append(" limit ?");
		parameters.add(limit);
		return this.jdbc.sql(sql.toString())
			.params(parameters)
			.query((rs, row) -> new StockMovement(rs.getObject("id", UUID.class),
					rs.getObject("product_id", UUID.class), rs.getInt("delta_quantity"), rs.getInt("delta_reserved"),
					MovementReason.valueOf(rs.getString("reason")), rs.getString("reference"), rs.getString("note"),
					rs.getObject("actor_id", UUID.class), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * One product's change.
	 */
	record Change(UUID productId, int deltaQuantity, int deltaReserved) {

	}

	record Keyset(Instant createdAt, UUID id) {

	}

}
