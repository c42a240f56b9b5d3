package io.mercato.shared.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A cursor-paginated list response: {@code {"results", "next", "previous"}}, where
 * {@code next} and {@code previous} are absolute URLs carrying an opaque {@code cursor},
 * or {@code null} at either end. A cursor encodes the ordering key of the boundary row,
 * so every page costs the same however deep it is.
 *
 * @param results the items of this page
 * @param next the URL of the next page
 * @param previous the URL of the previous page
 * @param <T> the item type
 */
public record CursorPage<T>(List<T> results, @Schema(format = "uri") @Nullable String next,
		@Schema(format = "uri") @Nullable String previous) {

	/** Query parameter that carries the cursor. */
	public static final String CURSOR_PARAMETER = "cursor";

	/**
	 * Returns the response with links built from the current request.
	 * @param results the items of this page
	 * @param next the position after the last item, {@code null} on the last page
	 * @param previous the position before the first item, {@code null} on the first page
	 * @param <T> the item type
	 * @return the response
	 */
	public static <T> CursorPage<T> of(List<T> results, Cursor next, Cursor previous) {
		return new CursorPage<>(results, link(next), link(previous));
	}

	/**
	 * Returns the response for a module's page, with links built from the current
	 * request.
	 * @param page the page
	 * @param <T> the item type
	 * @return the response
	 */
	public static <T> CursorPage<T> of(KeysetPage<T> page) {
		return of(page.results(), page.next(), page.previous());
	}

	/**
	 * Returns this page with every item mapped.
	 * @param mapper turns an item into another
	 * @param <R> the new item type
	 * @return the mapped page
	 */
	public <R> CursorPage<R> map(Function<T, R> mapper) {
		return new CursorPage<>(this.results.stream().map(mapper).toList(), this.next, this.previous);
	}

	private static String link(Cursor cursor) {
		if (cursor == null) {
			return null;
		}
		// the request's query is kept as it came, already encoded; the token is URL-safe
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam(CURSOR_PARAMETER, cursor.encode())
			.build(true)
			.toUriString();
	}

}
