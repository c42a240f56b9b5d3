/**
 * Shipping: the methods a shop ships with, their rates per destination zone (flat, per
 * started kilogram, free above a subtotal), and quotes of what shipping an order costs.
 * Later shipments and tracking.
 * <p>
 * Its API is null-marked: a {@code null} is allowed only where {@code @Nullable} says so.
 */
@ApplicationModule(displayName = "Shipping", allowedDependencies = { "shared :: *", "addresses", "catalog" })
@NullMarked
package io.mercato.shipping;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
