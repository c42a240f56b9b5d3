package io.mercato.inventory;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The inventory as other modules use it: the reservation engine that checkout and
 * payments drive. The stock screens of shopkeepers and admins are {@link StockKeeping}.
 * <p>
 * Every change of a product's quantity or reserved units writes one {@link StockMovement}
 * in the same transaction, so that the ledger always sums to the stock. Whenever a change
 * moves products between {@code IN_STOCK}, {@code LOW_STOCK} and {@code OUT_OF_STOCK},
 * the catalog is told of all of them at once through
 * {@link io.mercato.catalog.CatalogManagement#changeStockStatuses}, in the same
 * transaction; a change that takes the available units from above the threshold to at or
 * under it publishes {@link StockLow}.
 * <p>
 * Stock rows are locked in product-id order (PostgreSQL's order of {@code uuid} values)
 * by every method, so concurrent reservations of overlapping baskets queue instead of
 * deadlocking. Every method runs a fixed number of statements, however many lines the
 * reservation has. Methods join a caller's transaction; an exception marks it for
 * rollback.
 */
public interface InventoryManagement {

	/**
	 * Reserves the units of every line for the reference, all or nothing: the lines'
	 * stock rows are locked in product-id order and read, and only when every line's
	 * units are available under those locks are they all reserved, in one update, so
	 * stock is never oversold. Lines of the same product are merged.
	 * @param lines the products and units, at least one, every quantity greater than zero
	 * @param reference what the reservation is for, such as an order id (at most 100
	 * characters); used to release or commit it
	 * @throws InsufficientStockException naming every short product; nothing is reserved
	 * @throws ReservationExistsException when the reference holds an active, committed or
	 * returned reservation (a released one may reserve again)
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
	 * Takes the reference's committed reservation back as a return: the quantity on hand
	 * rises by the sold units (even over {@link StockKeeping#MAX_QUANTITY}), the reserved
	 * units are unchanged, and availability rises with the quantity. Writes
	 * {@link MovementReason#RETURN} movements; the catalog hears of the statuses that
	 * change, and no {@link StockLow} is published, as availability only rises.
	 * Idempotent and safe to race: only the first call returns anything; an active or
	 * released reservation cannot be returned, and the reference may never reserve again.
	 * @param reference the reference reserved and committed with
	 * @return whether anything was returned; {@code false} for a reservation that is
	 * active, released or already returned, and for an unknown reference
	 */
	boolean returnSale(String reference);

	/**
	 * Returns the available units of each product, in one query.
	 * @param productIds the products
	 * @return every requested id with its available units; {@code 0} for products never
	 * stocked or unknown
	 */
	Map<UUID, Integer> availability(Collection<UUID> productIds);

}
