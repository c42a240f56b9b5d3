/**
 * Inventory: stock on hand and reserved per product, reservations per reference (an
 * order), and the ledger of every stock movement. Tells the catalog when a product's
 * stock status changes and publishes {@link io.mercato.inventory.StockLow} when stock
 * falls to its threshold.
 * <p>
 * Its API is null-marked: a {@code null} is allowed only where {@code @Nullable} says so.
 */
@ApplicationModule(displayName = "Inventory", allowedDependencies = { "shared :: *", "catalog" })
@NullMarked
package io.mercato.inventory;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
