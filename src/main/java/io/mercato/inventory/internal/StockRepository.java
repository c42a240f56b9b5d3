package io.mercato.inventory.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.mercato.shared.database.SqlValues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stock rows, changed only by updates relative to the row under its lock: a single
 * product's change checks its condition and changes the row in one statement, and a
 * change of many products locks their rows in product-id order ({@link ProductOrder})
 * first, so no change is ever computed from a stale read and no two transactions lock
 * rows in opposite orders. Each change answers the rows as they are afterwards.
 */
@Repository
class StockRepository {

	private static final String RETURNING = " returning " + StockRow.COLUMNS;

	private static final String QUALIFIED_RETURNING = """

			returning s.product_id, s.shopkeeper_id, s.quantity, s.reserved, s.low_stock_threshold,
			          s.last_restocked_at""";

	private final JdbcClient jdbc;

	StockRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StockRow> find(UUID productId) {
		return this.jdbc.sql("select " + StockRow.COLUMNS + " from inventory.stock where product_id = ?")
			.param(productId)
			.query(StockRow::map)
			.optional();
	}

	/**
	 * Inserts an empty row unless the product has one, so that the conditional update
	 * that follows always finds a row.
	 */
	void createIfAbsent(UUID productId, UUID shopkeeperId, int lowStockThreshold, Instant now) {
		this.jdbc.sql("""
				insert into inventory.stock (product_id, shopkeeper_id, quantity, reserved, low_stock_threshold,
				                             created_at, updated_at)
				values (?, ?, 0, 0, ?, ?, ?)
				on conflict (product_id) do nothing""")
			.params(productId, shopkeeperId, lowStockThreshold, SqlValues.timestamp(now), SqlValues.timestamp(now))
			.update();
	}

	/**
	 * Locks the products' rows, in product-id order ({@link ProductOrder}), until the
	 * transaction ends, and reads them as they are under the lock, together with whether
	 * the reference already holds a reservation: one statement, whose snapshot is taken
	 * after the caller took the reference's lock.
	 * @return the rows that exist, by product id in product-id order; whether the
	 * reference is held is known only when a row exists
	 */
	Locked lockForReservation(String reference, Collection<UUID> productIds) {
		Map<UUID, StockRow> rows = new LinkedHashMap<>();
		boolean[] held = { false };
		this.jdbc.sql("select " + StockRow.COLUMNS + """
				, exists (select 1 from inventory.reservation where reference = ? and state <> 'RELEASED') as held
				from inventory.stock where product_id = any(?) order by product_id for update""")
			.params(reference, productIds.toArray(UUID[]::new))
			.query((rs, rowNumber) -> {
				held[0] = rs.getBoolean("held");
				return StockRow.map(rs, rowNumber);
			})
			.list()
			.forEach((row) -> rows.put(row.productId(), row));
		return new Locked(rows, held[0]);
	}

	/**
	 * Moves a reference's reservation lines from one state to the next and their stock
	 * rows by the lines' units, in one statement whatever the number of lines: the lines
	 * first, then their stock rows, locked in product-id order as every multi-row change
	 * locks them.
	 * @param from the state the lines are in
	 * @param to the state they move to
	 * @return each stock row afterwards with the units of its line, in product-id order;
	 * empty when no line was in {@code from}
	 */
	List<Settled> settle(String reference, ReservationState from, ReservationState to, int quantityFactor,
			int reservedFactor, Instant now) {
		if (!from.mayBecome(to)) {
			throw new IllegalArgumentException("A reservation line never moves from " + from + " to " + to);
		}
		return this.jdbc
			.sql("""
					with line as (
					    update inventory.reservation set state = ?, updated_at = ?
					    where reference = ? and state = ?
					    returning product_id, quantity
					), locked as (
					    select product_id from inventory.stock where product_id in (select product_id from line)
					    order by product_id
					    for update
					)
					update inventory.stock s
					set quantity = s.quantity + ?::integer * line.quantity, reserved = s.reserved + ?::integer * line.quantity,
					    updated_at = ?
					from line join locked using (product_id)
					where s.product_id = line.product_id"""
					+ QUALIFIED_RETURNING + ", line.quantity as units")
			.params(to.name(), SqlValues.timestamp(now), reference, from.name(), quantityFactor, reservedFactor,
					SqlValues.timestamp(now))
			.query((rs, row) -> new Settled(StockRow.map(rs, row), rs.getInt("units")))
			.list()
			.stream()
			.sorted((left, right) -> ProductOrder.COMPARATOR.compare(left.row().productId(), right.row().productId()))
			.toList();
	}

	/**
	 * A stock row after a settlement, with the units of the reservation line that moved
	 * it.
	 */
	record Settled(StockRow row, int units) {

	}

	/**
	 * Changes the quantity on hand unless it would fall below the reserved units or rise
	 * over the maximum.
	 * @return the row afterwards, empty when refused
	 */
	Optional<StockRow> changeQuantity(UUID productId, int delta, boolean restock, int maximum, Instant now) {
		String restocked = restock ? ", last_restocked_at = ?" : "";
		List<Object> parameters = new ArrayList<>(List.of(delta, SqlValues.timestamp(now)));
		if (restock) {
			parameters.add(SqlValues.timestamp(now));
		}
		parameters.addAll(List.of(productId, delta, delta, maximum));
		return this.jdbc
			.sql("update inventory.stock set quantity = quantity + ?, updated_at = ?" + restocked
					+ " where product_id = ? and quantity + ? >= reserved and quantity + ? <= ?" + RETURNING)
			.params(parameters)
			.query(StockRow::map)
			.optional();
	}

	/**
	 * Sets the threshold.
	 * @return the row afterwards and the threshold before
	 */
	ThresholdChange changeThreshold(UUID productId, int threshold, Instant now) {
		return this.jdbc.sql("""
				update inventory.stock s set low_stock_threshold = ?, updated_at = ?
				from (select product_id, low_stock_threshold from inventory.stock where product_id = ? for update) old
				where s.product_id = old.product_id
				returning s.product_id, s.shopkeeper_id, s.quantity, s.reserved, s.low_stock_threshold,
				          s.last_restocked_at, old.low_stock_threshold as previous_threshold""")
			.params(threshold, SqlValues.timestamp(now), productId)
			.query((rs, row) -> new ThresholdChange(StockRow.map(rs, row), rs.getInt("previous_threshold")))
			.single();
	}

	Map<UUID, Integer> available(Collection<UUID> productIds) {
		Map<UUID, Integer> available = new LinkedHashMap<>();
		productIds.forEach((productId) -> available.put(productId, 0));
		if (!productIds.isEmpty()) {
			this.jdbc.sql("select product_id, available from inventory.stock where product_id = any(?)")
				.param(productIds.toArray(UUID[]::new))
				.query((rs) -> {
					available.put(rs.getObject("product_id", UUID.class), rs.getInt("available"));
				});
		}
		return available;
	}

	/**
	 * Reads a page of the rows at or under their threshold, by available units and id,
	 * through the partial indexes that hold only those rows.
	 * @param shopkeeperId whose rows, or {@code null} for everyone's
	 * @param after the boundary (available, product id), or {@code null} from the start
	 * @param backwards whether to read towards fewer available units
	 */
	List<StockRow> low(UUID shopkeeperId, Keyset after, boolean backwards, int limit) {
		StringBuilder sql = new StringBuilder(
				"select " + StockRow.COLUMNS + " from inventory.stock where available <= low_stock_threshold");
		List<Object> parameters = new ArrayList<>();
		if (shopkeeperId != null) {
			sql.append(" and shopkeeper_id = ?");
			parameters.add(shopkeeperId);
		}
		if (after != null) {
			sql.append(" and (available, product_id) ").append(backwards ? "<" : ">").append(" (?, ?)");
			parameters.add(after.available());
			parameters.add(after.productId());
		}
		String direction = backwards ? "desc" : "asc";
		sql.append(" order by available ").append(direction).append(", product_id ").append(direction);
		sql.append(" limit ?");
		parameters.add(limit);
		return this.jdbc.sql(sql.toString()).params(parameters).query(StockRow::map).list();
	}

	record ThresholdChange(StockRow row, int previousThreshold) {

	}

	record Keyset(int available, UUID productId) {

	}

	/**
	 * Stock rows locked for a reservation.
	 *
	 * @param rows the rows that exist, by product id in product-id order
	 * @param referenceHeld whether the reference holds a reservation; false when no row
	 * exists, which the caller then asks on its own
	 */
	record Locked(Map<UUID, StockRow> rows, boolean referenceHeld) {

	}

}
