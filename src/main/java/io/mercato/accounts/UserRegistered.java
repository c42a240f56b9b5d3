package io.mercato.accounts;

import java.util.UUID;

import io.mercato.shared.security.Role;

/**
 * A user signed up, or an admin created one.
 *
 * @param userId the new user
 * @param role the role
 */
public record UserRegistered(UUID userId, Role role) {

}
