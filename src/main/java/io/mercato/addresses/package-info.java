/**
 * Addresses: the shipping and billing addresses customers keep, validated by country (ISO
 * code, postal code format, phone), with one default per type.
 * <p>
 * Its API is null-marked: a {@code null} is allowed only where {@code @Nullable} says so.
 */
@ApplicationModule(displayName = "Addresses", allowedDependencies = { "shared :: *", "accounts" })
@NullMarked
package io.mercato.addresses;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
