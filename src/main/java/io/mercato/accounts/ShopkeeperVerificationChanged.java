package io.mercato.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin verified a shopkeeper who was not, or unverified one who was; only verified,
 * active shopkeepers list products.
 *
 * @param userId the shopkeeper
 * @param verified the new state
 * @param changedAt when the admin changed it; with the user it names this change, so that
 * a listener hearing it twice can tell a repeat from a later change
 */
public record ShopkeeperVerificationChanged(UUID userId, boolean verified, Instant changedAt) {

}
