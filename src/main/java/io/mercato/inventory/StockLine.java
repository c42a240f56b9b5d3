package io.mercato.inventory;

import java.util.UUID;

/**
 * A number of units of one product, as a reservation asks for them.
 *
 * @param productId the product
 * @param quantity the units, greater than zero
 */
public record StockLine(UUID productId, int quantity) {

}
