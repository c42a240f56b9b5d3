package io.mercato.ordering;

import org.jspecify.annotations.Nullable;

import io.mercato.shared.security.CurrentUser;

/**
 * Who asks about an order: a logged-in user, or a guest holding the order's token
 * ({@code X-Order-Token}).
 *
 * @param user the logged-in user, or {@code null} for a guest
 * @param orderToken the token a guest order was placed with, or {@code null}
 */
public record OrderCaller(@Nullable CurrentUser user, @Nullable String orderToken) {

	/** The header a guest sends their order's token in, on every route that takes one. */
	public static final String TOKEN_HEADER = "X-Order-Token";

}
