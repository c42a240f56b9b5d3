/**
 * Notifications: the in-app notifications of customers, shopkeepers and admins, and the
 * mails about orders, made from the events of the modules it hears (accounts, ordering,
 * payments, inventory). Nobody depends on it.
 * <p>
 * Its API is null-marked: a {@code null} is allowed only where {@code @Nullable} says so.
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared :: *", "accounts", "ordering", "payments", "inventory" })
@NullMarked
package io.mercato.notifications;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
