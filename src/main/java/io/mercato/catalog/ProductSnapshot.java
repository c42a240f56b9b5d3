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
 */
public record ProductSnapshot(UUID id, UUID shopkeeperId, String name, String sku, Money price, ProductStatus status,
		StockStatus stockStatus) {

	/**
	 * Whether customers may buy it: published (deleted products are never returned).
	 * @return {@code true} when published
	 */
	public boolean isForSale() {
		return this.status == ProductStatus.PUBLISHED;
	}

}
