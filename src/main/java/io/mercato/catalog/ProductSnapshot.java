package io.mercato.catalog;

import java.util.List;
import java.util.UUID;

import io.mercato.shared.domain.Money;

import org.jspecify.annotations.Nullable;

/**
 * What other modules need of a product (a cart, an order line, an inventory check):
 * values to copy, never to hold on to.
 *
 * @param id the product
 * @param shopkeeperId the shopkeeper who sells it
 * @param name its name now
 * @param slug its URL name now
 * @param sku its stock-keeping unit
 * @param price its price now
 * @param status its status
 * @param stockStatus its stock status
 * @param shopListed whether its shopkeeper is verified and active, as the catalog last
 * heard from the accounts module
 * @param imageUrl its primary picture, or {@code null} when it has none
 * @param categoryIds its category first, then that category's ancestors up to the root
 * @param weightGrams its shipping weight in grams, or {@code null} when unknown
 */
public record ProductSnapshot(UUID id, UUID shopkeeperId, String name, String slug, String sku, Money price,
		ProductStatus status, StockStatus stockStatus, boolean shopListed, @Nullable String imageUrl,
		List<UUID> categoryIds, @Nullable Integer weightGrams) {

	public ProductSnapshot {
		categoryIds = List.copyOf(categoryIds);
	}

	/**
	 * Whether customers may buy it: published by a shopkeeper in good standing, as the
	 * public catalog shows it (deleted products are never returned).
	 * @return {@code true} when published and its shop listed
	 */
	public boolean isForSale() {
		return this.status == ProductStatus.PUBLISHED && this.shopListed;
	}

}
