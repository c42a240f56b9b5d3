/**
 * Catalog: categories (a tree), brands, products with their images, search, and each
 * product's stock status as the inventory module reports it.
 */
@ApplicationModule(displayName = "Catalog", allowedDependencies = { "shared :: *", "accounts" })
package io.mercato.catalog;

import org.springframework.modulith.ApplicationModule;
