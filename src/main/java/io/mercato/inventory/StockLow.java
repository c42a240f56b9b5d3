package io.mercato.inventory;

import java.util.UUID;

/**
 * A product's available stock fell to or under its low-stock threshold: published once
 * per crossing, when a change takes it from above the threshold to at or under it (not
 * again while it stays low, and not when the threshold itself is changed).
 *
 * @param productId the product
 * @param shopkeeperId its shopkeeper
 * @param available the units still available
 * @param threshold the product's low-stock threshold
 */
public record StockLow(UUID productId, UUID shopkeeperId, int available, int threshold) {

}
