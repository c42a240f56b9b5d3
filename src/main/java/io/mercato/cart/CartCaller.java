package io.mercato.cart;

import io.mercato.shared.security.CurrentUser;

import org.jspecify.annotations.Nullable;

/**
 * Who a cart request is for: a logged-in user, a guest holding a cart token, or both at
 * once, when a guest who filled a cart has just logged in; the guest's cart then merges
 * into the user's.
 *
 * @param user the logged-in user, or {@code null} for a guest
 * @param cartToken the guest cart's token ({@code X-Cart-Token}), or {@code null}
 */
public record CartCaller(@Nullable CurrentUser user, @Nullable String cartToken) {

}
