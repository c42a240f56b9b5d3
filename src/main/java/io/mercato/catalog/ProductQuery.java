package io.mercato.catalog;

import java.util.UUID;

import io.mercato.shared.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * What the product list should show. Absent filters ({@code null}) do not filter.
 *
 * @param category only this category and its descendants
 * @param brand only this brand
 * @param shopkeeper only this shopkeeper's products
 * @param featured only (not) featured products
 * @param minPrice at least this price
 * @param maxPrice at most this price
 * @param inStock only products that can (not) be bought now
 * @param search words or a SKU to look for
 * @param ordering the ordering, {@code null} for the default
 * @param status only this status (admins, or shopkeepers with {@code mine})
 * @param mine only the caller's own products, in any status
 * @param cursor the position to continue from, {@code null} for the first page
 * @param pageSize 1 to 100
 */
public record ProductQuery(@Nullable UUID category, @Nullable UUID brand, @Nullable UUID shopkeeper,
		@Nullable Boolean featured, @Nullable Money minPrice, @Nullable Money maxPrice, @Nullable Boolean inStock,
		@Nullable String search, @Nullable ProductOrdering ordering, @Nullable ProductStatus status, boolean mine,
		@Nullable String cursor, int pageSize) {

}
