package io.mercato.catalog;

import java.util.UUID;

import io.mercato.shared.domain.Money;

/**
 * What other modules need of a product (a cart, an order line, an inventory check):
 * values to copy, never to hold on to.
 *
 * @param id the product
 * @param shopkeeperId the shopkeeper who sells it
 * @param name its name now
 * @param sku its stock-keeping unit
 * @param price its price now
 * @param status its status
 * @param stockStatus its stock status
 * @param shopListed whether its shopkeeper is verified and active, as the catalog last
 * heard from the accounts module
 */
public record ProductSnapshot(UUID id, UUID shopkeeperId, String name, String sku, Money price, ProductStatus status,
		StockStatus stockStatus, boolean shopListed) {

	/**
	 * Whether customers may buy it: published by a shopkeeper in good standing, as the
	 * public catalog shows it (deleted products are never returned).
	 * @return {@code true} when published and its shop listed
	 */
	public boolean isForSale() {
		return this.status == ProductStatus.PUBLISHED && this.shopListed;
	}

}
