package io.mercato.inventory;

import java.util.UUID;

import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.KeysetPage;
import org.jspecify.annotations.Nullable;

/**
 * A product's stock as its shopkeeper and admins keep it: levels, restocks, adjustments,
 * thresholds and the ledger. Another shop's product answers
 * {@link InventoryException.ProductNotFound}, as an unknown one does. Every change writes
 * its {@link StockMovement}, tells the catalog of a change of stock status and publishes
 * {@link StockLow} on a fall to the threshold, as {@link InventoryManagement} describes.
 */
public interface StockKeeping {

	/**
	 * Returns a product's stock, for its shopkeeper or an admin.
	 * @param caller the caller
	 * @param productId the product
	 * @return the stock
	 * @throws InventoryException.ProductNotFound for an unknown or deleted product, or
	 * one the caller does not own (customers own none)
	 */
	StockLevel stock(CurrentUser caller, UUID productId);

	/**
	 * Adds arrived units to a product's stock and stamps {@code last_restocked_at}.
	 * @param caller the product's shopkeeper or an admin
	 * @param productId the product
	 * @param quantity the units, 1 to {@value #MAX_QUANTITY}
	 * @param note what arrived (a delivery note), or {@code null}; at most 500 characters
	 * @return the stock after the restock
	 * @throws InventoryException.ProductNotFound as for {@link #stock}
	 * @throws InventoryException.ShopkeeperNotVerified when the caller is the shopkeeper
	 * and the catalog says they may not sell (not verified, or not active)
	 * @throws io.mercato.shared.web.InvalidFieldsException for a quantity out of range or
	 * one that would take the stock over {@value #MAX_QUANTITY}
	 */
	StockLevel restock(CurrentUser caller, UUID productId, int quantity, @Nullable String note);

	/**
	 * Corrects a product's quantity on hand by a count or a loss.
	 * @param caller the product's shopkeeper or an admin
	 * @param productId the product
	 * @param delta the change, not zero; negative for losses
	 * @param reason why, 1 to 500 characters; kept as the movement's note
	 * @return the stock after the adjustment
	 * @throws InventoryException.ProductNotFound as for {@link #stock}
	 * @throws InventoryException.QuantityBelowReserved when the quantity would fall below
	 * the reserved units (or below zero)
	 * @throws InventoryException.ShopkeeperNotVerified when the caller is the shopkeeper,
	 * the delta adds units, and the catalog says they may not sell
	 * @throws io.mercato.shared.web.InvalidFieldsException for a zero delta, a blank
	 * reason or a quantity over {@value #MAX_QUANTITY}
	 */
	StockLevel adjust(CurrentUser caller, UUID productId, int delta, String reason);

	/**
	 * Sets the available units at or under which a product's stock is low. Publishes no
	 * {@link StockLow}: the caller knows.
	 * @param caller the product's shopkeeper or an admin
	 * @param productId the product
	 * @param threshold 0 to {@value #MAX_QUANTITY}
	 * @return the stock with the new threshold
	 * @throws InventoryException.ProductNotFound as for {@link #stock}
	 * @throws io.mercato.shared.web.InvalidFieldsException for a threshold out of range
	 */
	StockLevel changeLowStockThreshold(CurrentUser caller, UUID productId, int threshold);

	/**
	 * Lists a product's stock movements, newest first, keyset-paginated.
	 * @param caller the product's shopkeeper or an admin
	 * @param productId the product
	 * @param cursor a {@code cursor} of an earlier page, or {@code null} for the first
	 * @param pageSize 1 to 100
	 * @return the page
	 * @throws InventoryException.ProductNotFound as for {@link #stock}
	 * @throws io.mercato.shared.web.InvalidCursorException for a cursor of another list
	 */
	KeysetPage<StockMovement> movements(CurrentUser caller, UUID productId, @Nullable String cursor, int pageSize);

	/**
	 * Lists products whose available units are at or under their threshold, fewest
	 * available first: the caller's own, or every shop's for admins. Only products that
	 * were ever stocked (restocked, adjusted or given a threshold) are listed; deleted
	 * products are left out, so a page may hold fewer than {@code pageSize} products.
	 * @param caller a shopkeeper or an admin
	 * @param cursor a {@code cursor} of an earlier page, or {@code null} for the first
	 * @param pageSize 1 to 100
	 * @return the page
	 * @throws io.mercato.shared.web.InvalidCursorException for a cursor of another list
	 */
	KeysetPage<LowStockProduct> lowStock(CurrentUser caller, @Nullable String cursor, int pageSize);

	/** The most units a product may have on hand, and the largest single change. */
	int MAX_QUANTITY = 1_000_000_000;

	/**
	 * A product whose stock is low.
	 *
	 * @param name the product's name
	 * @param sku its SKU
	 * @param stock its stock
	 */
	record LowStockProduct(String name, String sku, StockLevel stock) {

	}

}
