package io.mercato.catalog;

import java.util.UUID;

/**
 * A published product was taken off sale: put back to {@link ProductStatus#DRAFT},
 * archived or deleted. Customers can no longer buy it.
 *
 * @param productId the product
 * @param shopkeeperId who sold it
 */
public record ProductWithdrawn(UUID productId, UUID shopkeeperId) {

}
