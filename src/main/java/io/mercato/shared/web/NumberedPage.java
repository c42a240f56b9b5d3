package io.mercato.shared.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page-number list response: {@code {"count", "next", "previous", "results"}}, where
 * {@code next} and {@code previous} are absolute URLs or {@code null}.
 *
 * @param count the number of items over all pages
 * @param next the URL of the next page
 * @param previous the URL of the previous page
 * @param results the items of this page
 * @param <T> the item type
 */
public record NumberedPage<T>(long count, @Schema(format = "uri") @Nullable String next,
		@Schema(format = "uri") @Nullable String previous, List<T> results) {

	/**
	 * Returns the response for a Spring Data page, with links built from the current
	 * request.
	 * @param page the page, as read with {@link PagingQuery#toPageable}
	 * @param mapper turns an item into its response record
	 * @param <S> the item type of the page
	 * @param <T> the response item type
	 * @return the response
	 */
	public static <S, T> NumberedPage<T> of(Page<S> page, Function<S, T> mapper) {
		String next = page.hasNext() ? link(page.getNumber() + 2) : null;
		String previous = page.hasPrevious() ? link(page.getNumber()) : null;
		return new NumberedPage<>(page.getTotalElements(), next, previous,
				page.getContent().stream().map(mapper).toList());
	}

	private static String link(int pageNumber) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", pageNumber).toUriString();
	}

}
