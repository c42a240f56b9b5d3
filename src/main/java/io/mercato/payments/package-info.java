/**
 * Payments: charging an order through a gateway (or recording an offline payment),
 * refunds, the gateways' webhooks and the reconciliation of payments whose outcome is not
 * known; it reports every outcome back through {@code OrderManagement}.
 * <p>
 * Its API is null-marked: a {@code null} is allowed only where {@code @Nullable} says so.
 */
@ApplicationModule(displayName = "Payments", allowedDependencies = { "shared :: *", "ordering" })
@NullMarked
package io.mercato.payments;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
