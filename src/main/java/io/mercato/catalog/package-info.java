/**
 * Catalog: categories (a tree), brands, products with their images, search, and each
 * product's stock status as the inventory module reports it.
 * <p>
 * Its API is null-marked: a {@code null} is allowed only where {@code @Nullable} says so.
 */
@ApplicationModule(displayName = "Catalog", allowedDependencies = { "shared :: *", "accounts" })
@NullMarked
package io.mercato.catalog;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
