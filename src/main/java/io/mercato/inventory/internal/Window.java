package io.mercato.inventory.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.mercato.shared.web.Cursor;
import io.mercato.shared.web.InvalidCursorException;

/**
 * One page of a keyset-paginated list, cut from the rows read with one row more than the
 * page holds (which tells whether there are more), with the cursors to either side.
 * Cursors carry the list's name, the direction and the boundary row's keys.
 */
record Window<T>(List<T> rows, Cursor next, Cursor previous) {

	private static final String LIST = "l";

	private static final String DIRECTION = "d";

	/**
	 * Cuts the page.
	 * @param read the rows as read, in reading order, at most {@code pageSize + 1}
	 * @param position where the page was read from, {@code null} for the first page
	 * @param keys the ordering keys of a row, as cursor values
	 */
	static <T> Window<T> of(String list, List<T> read, int pageSize, Position position,
			Function<T, Map<String, String>> keys) {
		boolean backwards = position != null && position.backwards();
		boolean more = read.size() > pageSize;
		List<T> rows = new ArrayList<>(read.subList(0, Math.min(read.size(), pageSize)));
		if (backwards) {
			Collections.reverse(rows);
		}
		if (rows.isEmpty()) {
			return new Window<>(rows, null, null);
		}
		boolean hasNext = backwards || more;
		boolean hasPrevious = backwards ? more : position != null;
		return new Window<>(rows, hasNext ? cursor(list, "next", keys.apply(rows.get(rows.size() - 1))) : null,
				hasPrevious ? cursor(list, "previous", keys.apply(rows.get(0))) : null);
	}

	private static Cursor cursor(String list, String direction, Map<String, String> keys) {
		Map<String, String> values = new java.util.LinkedHashMap<>(keys);
		values.put(LIST, list);
		values.put(DIRECTION, direction);
		return Cursor.of(values);
	}

	/**
	 * Decodes a cursor of the named list.
	 * @param token the {@code cursor} parameter, or {@code null}
	 * @return the position, {@code null} for the first page
	 * @throws InvalidCursorException for a token of another list or not written here
	 */
	static Position position(String list, String token) {
		if (token == null) {
			return null;
		}
		Cursor cursor = Cursor.decode(token);
		String direction = cursor.string(DIRECTION);
		if (!list.equals(cursor.string(LIST)) || !(direction.equals("next") || direction.equals("previous"))) {
			throw new InvalidCursorException();
		}
		return new Position(cursor, direction.equals("previous"));
	}

	/**
	 * Where a page is read from.
	 *
	 * @param cursor the boundary row's keys
	 * @param backwards whether to read towards the start of the list
	 */
	record Position(Cursor cursor, boolean backwards) {

	}

}
