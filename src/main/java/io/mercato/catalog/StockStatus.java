package io.mercato.catalog;

/**
 * Whether a product can be bought now, as the inventory module reports it to the catalog.
 */
public enum StockStatus {

	/** Available above the product's low-stock threshold. */
	IN_STOCK,

	/** Available, but at or under the low-stock threshold. */
	LOW_STOCK,

	/** Nothing available. */
	OUT_OF_STOCK

}
