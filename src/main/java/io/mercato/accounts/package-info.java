/**
 * Accounts: users and their roles, customer and shopkeeper profiles, login sessions with
 * JWT access tokens and rotating refresh tokens, email verification, passwords, and the
 * admin's user management with its audit log.
 * <p>
 * Its API is null-marked: a {@code null} is allowed only where {@code @Nullable} says so.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = "shared :: *")
@NullMarked
package io.mercato.accounts;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
