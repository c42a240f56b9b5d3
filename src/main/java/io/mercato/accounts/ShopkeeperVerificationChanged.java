package io.mercato.accounts;

import java.util.UUID;

/**
 * An admin verified a shopkeeper who was not, or unverified one who was; only verified,
 * active shopkeepers list products.
 *
 * @param userId the shopkeeper
 * @param verified the new state
 */
public record ShopkeeperVerificationChanged(UUID userId, boolean verified) {

}
