package io.mercato.inventory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.mercato.catalog.CatalogException;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.Cursor;

/**
 * The inventory as other modules and its HTTP adapter use it.
 * <p>
 * Every change of a product's quantity or reserved units writes one {@link StockMovement}
 * in the same transaction, so that the ledger always sums to the stock. Whenever a change
 * moves a product between {@code IN_STOCK}, {@code LOW_STOCK} and {@code OUT_OF_STOCK},
 * the catalog is told through
 * {@link io.mercato.catalog.CatalogManagement#changeStockStatus}, in the same
 * transaction; a change that takes the available units from above the threshold to at or
 * under it publishes {@link StockLow}.
 * <p>
 * Stock rows are locked in product-id order by every method, so concurrent reservations
 * of overlapping baskets queue instead of deadlocking. Methods join a caller's
 * transaction; an exception marks it for rollback.
 */
public interface InventoryManagement {

	/**
	 * Reserves the units of every line for the reference, all or nothing: each line is
	 * one conditional update that succeeds only while enough units are available, so
	 * stock is never oversold. Lines of the same product are merged.
	 * @param lines the products and units, at least one, every quantity greater than zero
	 * @param reference what the reservation is for, such as an order id (at most 100
	 * characters); used to release or commit it
	 * @throws InsufficientStockException naming every short product; nothing is reserved
	 * @throws ReservationExistsException when the reference holds an active or committed
	 * reservation (a released one may reserve again)
	 * @throws IllegalArgumentException for no lines, a quantity under one, or a blank
	 * reference
	 */
	void reserve(Collection<StockLine> lines, String reference);

	/**
	 * Gives the reference's active reservation back to the available stock. Idempotent
	 * and safe to race: only the first call releases anything.
	 * @param reference the reference reserved with
	 * @return whether anything was released
	 */
	boolean release(String reference);

	/**
	 * Turns the reference's active reservation into a sale: quantity and reserved both
	 * drop by the reserved units, availability is unchanged. Idempotent and safe to race:
	 * only the first call commits anything; a released reservation cannot be committed.
	 * @param reference the reference reserved with
	 * @return whether anything was committed
	 */
	boolean commit(String reference);

	/**
	 * Returns the available units of each product, in one query.
	 * @param productIds the products
	 * @return every requested id with its available units; {@code 0} for products never
	 * stocked or unknown
	 */
	Map<UUID, Integer> availability(Collection<UUID> productIds);

	/**
	 * Returns a product's stock, for its shopkeeper or an admin.
	 * @param caller the caller
	 * @param productId the product
	 * @return the stock
	 * @throws CatalogException.ProductNotFound for an unknown or deleted product, or one
	 * the caller does not own (customers own none)
	 */
	StockLevel stock(CurrentUser caller, UUID productId);

	/**
	 * Adds arrived units to a product's stock and stamps {@code last_restocked_at}.
	 * @param caller the product's shopkeeper or an admin
	 * @param productId the product
	 * @param quantity the units, 1 to {@value #MAX_QUANTITY}
	 * @param note what arrived (a delivery note), or {@code null}; at most 500 characters
	 * @return the stock after the restock
	 * @throws CatalogException.ProductNotFound as for {@link #stock}
	 * @throws CatalogException.ShopkeeperNotVerified when the caller is the shopkeeper
	 * and the catalog says they may not sell (not verified, or not active)
	 * @throws io.mercato.shared.web.InvalidFieldsException for a quantity out of range or
	 * one that would take the stock over {@value #MAX_QUANTITY}
	 */
	StockLevel restock(CurrentUser caller, UUID productId, int quantity, String note);

	/**
	 * Corrects a product's quantity on hand by a count or a loss.
	 * @param caller the product's shopkeeper or an admin
	 * @param productId the product
	 * @param delta the change, not zero; negative for losses
	 * @param reason why, 1 to 500 characters; kept as the movement's note
	 * @return the stock after the adjustment
	 * @throws CatalogException.ProductNotFound as for {@link #stock}
	 * @throws InsufficientStockException when the quantity would fall below the reserved
	 * units (or below zero)
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
	 * @throws CatalogException.ProductNotFound as for {@link #stock}
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
	 * @throws CatalogException.ProductNotFound as for {@link #stock}
	 * @throws io.mercato.shared.web.InvalidCursorException for a cursor of another list
	 */
	MovementPage movements(CurrentUser caller, UUID productId, String cursor, int pageSize);

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
	LowStockPage lowStock(CurrentUser caller, String cursor, int pageSize);

	/** The most units a product may have on hand, and the largest single change. */
	int MAX_QUANTITY = 1_000_000_000;

	/**
	 * A page of a product's movements.
	 *
	 * @param results the movements, newest first
	 * @param next the position after the last, {@code null} at the end
	 * @param previous the position before the first, {@code null} at the start
	 */
	record MovementPage(List<StockMovement> results, Cursor next, Cursor previous) {

	}

	/**
	 * A product whose stock is low.
	 *
	 * @param name the product's name
	 * @param sku its SKU
	 * @param stock its stock
	 */
	record LowStockProduct(String name, String sku, StockLevel stock) {

	}

	/**
	 * A page of the low-stock list.
	 *
	 * @param results the products, fewest available first
	 * @param next the position after the last, {@code null} at the end
	 * @param previous the position before the first, {@code null} at the start
	 */
	record LowStockPage(List<LowStockProduct> results, Cursor next, Cursor previous) {

	}

}
