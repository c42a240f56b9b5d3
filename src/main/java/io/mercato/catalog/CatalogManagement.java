package io.mercato.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The catalog as other modules use it. Deleted products are never returned.
 */
public interface CatalogManagement {

	/**
	 * Returns a product.
	 * @param productId the product
	 * @return the product, empty when unknown or deleted
	 */
	Optional<ProductSnapshot> findProduct(UUID productId);

	/**
	 * Returns a product by its SKU.
	 * @param sku the SKU
	 * @return the product, empty when unknown or deleted
	 */
	Optional<ProductSnapshot> findProductBySku(String sku);

	/**
	 * Returns the known, live products among the ids, in one query.
	 * @param productIds the products
	 * @return those found, in no particular order
	 */
	List<ProductSnapshot> findProducts(Collection<UUID> productIds);

	/**
	 * Returns the known, live products among the ids and the SKUs, in one query.
	 * @param productIds the products named by id
	 * @param skus the products named by SKU
	 * @return those found, in no particular order, each once
	 */
	List<ProductSnapshot> findProducts(Collection<UUID> productIds, Collection<String> skus);

	/**
	 * Whether the shopkeeper may sell now: stock and publish listings. Only a shopkeeper
	 * an admin verified, and who is active, may; the answer is the accounts module's at
	 * the moment of the call, not the public list's copy, which follows it just after.
	 * @param shopkeeperId the shopkeeper (any user id; others than shopkeepers may not)
	 * @return {@code true} for a verified, active shopkeeper
	 */
	boolean maySell(UUID shopkeeperId);

	/**
	 * Records a product's stock status, so that the product list can filter and show
	 * availability without asking the inventory. Called by the inventory module in its
	 * own transaction whenever the status changes.
	 * @param productId the product
	 * @param stockStatus the new status
	 */
	void changeStockStatus(UUID productId, StockStatus stockStatus);

	/**
	 * Records the stock status of many products in one statement, as
	 * {@link #changeStockStatus} does for one: a product whose status is already the
	 * given one is left as it is, and unknown ids are ignored. The products' rows are
	 * locked in product-id order, the order in which the inventory locks its stock rows.
	 * Called by the inventory module in its own transaction with every status that a
	 * change of stock moved; no statement is run for an empty map.
	 * @param stockStatuses the new status of each product
	 */
	void changeStockStatuses(Map<UUID, StockStatus> stockStatuses);

	/**
	 * Returns which of the ids are existing categories, in one query.
	 * @param categoryIds the categories
	 * @return those that exist
	 */
	Set<UUID> existingCategories(Collection<UUID> categoryIds);

}
