package io.mercato.shared.database;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Values passed to and read from plain SQL ({@code JdbcClient}) in the forms the
 * PostgreSQL driver takes and gives.
 */
public final class SqlValues {

	private SqlValues() {
	}

	/**
	 * Returns an instant as a {@code timestamp with time zone} parameter: the driver
	 * takes an {@link OffsetDateTime}, not an {@link Instant}.
	 * @param instant the instant
	 * @return the same instant in UTC
	 */
	public static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * Reads a {@code uuid[]} column.
	 * @param array the column's value, or {@code null}
	 * @return its ids in order; none for {@code null}
	 * @throws SQLException when the driver cannot read the array
	 */
	public static List<UUID> uuids(@Nullable Array array) throws SQLException {
		return (array != null) ? List.of((UUID[]) array.getArray()) : List.of();
	}

}
