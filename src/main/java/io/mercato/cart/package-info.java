/**
 * Carts: a registered user's active cart or a guest's (found by its token), one line per
 * product, always priced at the catalog's current price, with the stock each line may
 * still get and the promotion the cart would receive. Idle carts are abandoned by a
 * scheduled job. Checkout turns a cart into an order through the ordering module, which
 * never sees a cart.
 * <p>
 * Its API is null-marked: a {@code null} is allowed only where {@code @Nullable} says so.
 */
@ApplicationModule(displayName = "Cart",
		allowedDependencies = { "shared :: *", "addresses", "catalog", "inventory", "ordering", "promotions" })
@NullMarked
package io.mercato.cart;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
