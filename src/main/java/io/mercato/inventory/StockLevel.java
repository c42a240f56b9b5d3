package io.mercato.inventory;

import java.time.Instant;
import java.util.UUID;

import io.mercato.catalog.StockStatus;
import org.jspecify.annotations.Nullable;

/**
 * A product's stock now. A product never stocked has everything at zero and the default
 * threshold.
 *
 * @param productId the product
 * @param quantity units on hand
 * @param reserved units held for orders, never more than {@code quantity}
 * @param available units that can still be sold: {@code quantity - reserved}
 * @param lowStockThreshold at or under this many available units the stock is low
 * @param stockStatus the status the catalog shows
 * @param lastRestockedAt when it was last restocked, or {@code null}
 */
public record StockLevel(UUID productId, int quantity, int reserved, int available, int lowStockThreshold,
		StockStatus stockStatus, @Nullable Instant lastRestockedAt) {

	/**
	 * Returns the stock status of an available quantity under a threshold:
	 * {@code OUT_OF_STOCK} at zero, {@code LOW_STOCK} up to the threshold,
	 * {@code IN_STOCK} above it.
	 * @param available the available units
	 * @param lowStockThreshold the threshold
	 * @return the status
	 */
	public static StockStatus statusOf(int available, int lowStockThreshold) {
		if (available <= 0) {
			return StockStatus.OUT_OF_STOCK;
		}
		return (available <= lowStockThreshold) ? StockStatus.LOW_STOCK : StockStatus.IN_STOCK;
	}

}
