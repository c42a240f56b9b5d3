package io.mercato.catalog;

import java.util.UUID;

import io.mercato.shared.domain.Money;

/**
 * A product's price changed, whatever its status. Published only when the price differs
 * from the one before.
 *
 * @param productId the product
 * @param shopkeeperId who sells it
 * @param oldPrice the price before
 * @param newPrice the price now
 */
public record ProductPriceChanged(UUID productId, UUID shopkeeperId, Money oldPrice, Money newPrice) {

}
