/**
 * Inventory: stock on hand and reserved per product, reservations per reference (an
 * order), and the ledger of every stock movement. Tells the catalog when a product's
 * stock status changes and publishes {@link io.mercato.inventory.StockLow} when stock
 * falls to its threshold.
 */
@ApplicationModule(displayName = "Inventory", allowedDependencies = { "shared :: *", "catalog" })
package io.mercato.inventory;

import org.springframework.modulith.ApplicationModule;
