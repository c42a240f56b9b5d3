package io.mercato.accounts;

import java.util.UUID;

/**
 * A deactivated user was activated again: they can log in, and a shopkeeper's verified
 * shop is listed again.
 *
 * @param userId the user
 */
public record UserActivated(UUID userId) {

}
