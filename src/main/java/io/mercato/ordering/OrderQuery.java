package io.mercato.ordering;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the order list should show. Absent filters ({@code null}) do not filter; the list
 * is always newest first.
 *
 * @param status only orders in this status
 * @param paymentStatus only orders whose payment is in this status
 * @param createdAfter only orders placed at or after this instant
 * @param createdBefore only orders placed before this instant
 * @param search an order number (exactly, in any case) or a customer's email address
 * (exactly, in any case)
 * @param cursor the position to continue from, {@code null} for the first page
 * @param pageSize 1 to 100
 */
public record OrderQuery(@Nullable OrderStatus status, @Nullable PaymentStatus paymentStatus,
		@Nullable Instant createdAfter, @Nullable Instant createdBefore, @Nullable String search,
		@Nullable String cursor, int pageSize) {

	/** The largest page the list answers. */
	public static final int MAX_PAGE_SIZE = 100;

}
