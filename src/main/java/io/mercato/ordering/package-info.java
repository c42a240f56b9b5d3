/**
 * Orders: the lines, the copied addresses, the totals, the status machine and its
 * history, tax rates, and the one way an order is created,
 * {@code OrderManagement.placeOrder}.
 * <p>
 * Its API is null-marked: a {@code null} is allowed only where {@code @Nullable} says so.
 */
@ApplicationModule(displayName = "Ordering",
		allowedDependencies = { "shared :: *", "accounts", "addresses", "catalog", "inventory", "promotions",
				"shipping" })
@NullMarked
package io.mercato.ordering;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
