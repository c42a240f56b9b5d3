package io.mercato.shared.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The {@code page} and {@code page_size} query parameters of page-number lists (small
 * admin lists such as categories or customers). Bind with
 * {@code @Valid PagingQuery query}.
 *
 * @param page the 1-based page number, default 1
 * @param pageSize the page size, 1 to {@value #MAX_PAGE_SIZE}, default
 * {@value #DEFAULT_PAGE_SIZE}
 */
public record PagingQuery(Integer page, Integer pageSize) {

	/** The largest page any list answers. */
	public static final int MAX_PAGE_SIZE = 100;

	public static final int DEFAULT_PAGE_SIZE = 20;

	public PagingQuery {
		page = (page != null) ? page : 1;
		pageSize = (pageSize != null) ? pageSize : DEFAULT_PAGE_SIZE;
	}

	/**
	 * Returns the Spring Data page request for this query.
	 * @param sort the list's fixed ordering; include a unique key last so pages are
	 * stable
	 * @return the page request
	 */
	public Pageable toPageable(Sort sort) {
		// Spring Data refuses offsets beyond an int; no list is that long
		if ((long) (this.page - 1) * this.pageSize > Integer.MAX_VALUE) {
			throw new InvalidFieldsException("page", "is beyond the last page");
		}
		return PageRequest.of(this.page - 1, this.pageSize, sort);
	}

}
