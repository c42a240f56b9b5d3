package io.mercato.accounts;

import java.util.UUID;

/**
 * A user was deactivated or deleted: their sessions are revoked and they can no longer
 * log in.
 *
 * @param userId the user
 */
public record UserDeactivated(UUID userId) {

}
