package io.mercato.accounts;

import java.util.UUID;

/**
 * An admin verified or unverified a shopkeeper; only verified shopkeepers list products.
 *
 * @param userId the shopkeeper
 * @param verified the new state
 */
public record ShopkeeperVerificationChanged(UUID userId, boolean verified) {

}
