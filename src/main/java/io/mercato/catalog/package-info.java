/**
 * Catalog: categories (a tree), brands, products with their images, search, and each
 * product's stock status as the inventory module reports it.
 */
@ApplicationModule(displayName = "Catalog")
package io.mercato.catalog;

import org.springframework.modulith.ApplicationModule;
