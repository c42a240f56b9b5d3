package io.mercato.shared.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list, as a module's API returns it: the rows and the
 * positions to either side. Every cursor list reads its page the same way: decode the
 * request's token with {@link #position}, read {@code pageSize + 1} rows after (or,
 * backwards, before) the position's keys in the list's order, and cut the page with
 * {@link #of}. The extra row tells whether there is more, so no list ever counts or skips
 * rows, and a deep page costs what the first does.
 * <p>
 * A cursor carries the list's name, so that a cursor of one list (or of one ordering of a
 * list) is refused by another with {@link InvalidCursorException}, the direction, and the
 * boundary row's ordering keys.
 *
 * @param results the rows of the page, in the list's order
 * @param next the position after the last row, {@code null} on the last page
 * @param previous the position before the first row, {@code null} on the first page
 * @param <T> the row type
 */
public record KeysetPage<T>(List<T> results, Cursor next, Cursor previous) {

	private static final String LIST = "l";

	private static final String DIRECTION = "d";

	private static final String NEXT = "next";

	private static final String PREVIOUS = "previous";

	public KeysetPage {
		results = List.copyOf(results);
	}

	/**
	 * Cuts the page from the rows read.
	 * @param list the list's name, as given to {@link #position}
	 * @param read the rows as read, in reading order (reversed when reading backwards),
	 * at most {@code pageSize + 1}
	 * @param pageSize the page size
	 * @param position where the page was read from, {@code null} for the first page
	 * @param keys the ordering keys of a row, by name, as cursor values
	 * @param <T> the row type
	 * @return the page, in the list's order
	 */
	public static <T> KeysetPage<T> of(String list, List<T> read, int pageSize, Position position,
			Function<T, Map<String, String>> keys) {
		boolean backwards = position != null && position.backwards();
		boolean more = read.size() > pageSize;
		List<T> rows = new ArrayList<>(read.subList(0, Math.min(read.size(), pageSize)));
		if (backwards) {
			Collections.reverse(rows);
		}
		if (rows.isEmpty()) {
			return new KeysetPage<>(rows, null, null);
		}
		boolean hasNext = backwards || more;
		boolean hasPrevious = backwards ? more : position != null;
		return new KeysetPage<>(rows, hasNext ? cursor(list, NEXT, keys.apply(rows.get(rows.size() - 1))) : null,
				hasPrevious ? cursor(list, PREVIOUS, keys.apply(rows.get(0))) : null);
	}

	/**
	 * Decodes the {@code cursor} parameter of a request for the named list.
	 * @param list the list's name; include anything that changes the order (the
	 * ordering), so that a cursor of another order is refused
	 * @param token the {@code cursor} parameter, or {@code null}
	 * @return the position, {@code null} for the first page
	 * @throws InvalidCursorException for a token of another list or not written here
	 */
	public static Position position(String list, String token) {
		if (token == null) {
			return null;
		}
		Cursor cursor = Cursor.decode(token);
		String direction = cursor.string(DIRECTION);
		if (!list.equals(cursor.string(LIST)) || !(direction.equals(NEXT) || direction.equals(PREVIOUS))) {
			throw new InvalidCursorException();
		}
		return new Position(cursor, direction.equals(PREVIOUS));
	}

	/**
	 * Returns this page with every row mapped.
	 * @param mapper turns a row into another
	 * @param <R> the new row type
	 * @return the mapped page, with the same positions
	 */
	public <R> KeysetPage<R> map(Function<T, R> mapper) {
		return new KeysetPage<>(this.results.stream().map(mapper).toList(), this.next, this.previous);
	}

	private static Cursor cursor(String list, String direction, Map<String, String> keys) {
		Map<String, String> values = new LinkedHashMap<>(keys);
		values.put(LIST, list);
		values.put(DIRECTION, direction);
		return Cursor.of(values);
	}

	/**
	 * Where a page is read from.
	 *
	 * @param keys the boundary row's ordering keys, read with the typed accessors of
	 * {@link Cursor}, which refuse a value of the wrong kind
	 * @param backwards whether to read towards the start of the list
	 */
	public record Position(Cursor keys, boolean backwards) {

	}

}
