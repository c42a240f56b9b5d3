package io.mercato.catalog;

import java.util.UUID;

import io.mercato.shared.domain.Money;

/**
 * A product was put on sale: its status became {@link ProductStatus#PUBLISHED}, on
 * creation or from a draft. Customers see it while its shop is verified and active.
 *
 * @param productId the product
 * @param shopkeeperId who sells it
 * @param price its price at publication
 */
public record ProductPublished(UUID productId, UUID shopkeeperId, Money price) {

}
