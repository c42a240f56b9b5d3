/**
 * Accounts: users and their roles, customer and shopkeeper profiles, login sessions with
 * JWT access tokens and rotating refresh tokens, email verification, passwords, and the
 * admin's user management with its audit log.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = "shared :: *")
package io.mercato.accounts;

import org.springframework.modulith.ApplicationModule;
