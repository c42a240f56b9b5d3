/**
 * Promotions: percentage and fixed discounts, by code or automatic, scoped to all
 * products, some categories, some products or one shopkeeper's products, with usage
 * limits kept under row locks.
 * <p>
 * Its API is null-marked: a {@code null} is allowed only where {@code @Nullable} says so.
 */
@ApplicationModule(displayName = "Promotions", allowedDependencies = { "shared :: *", "catalog" })
@NullMarked
package io.mercato.promotions;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
