package io.mercato.addresses;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An address as its owner sees it.
 *
 * @param id the address
 * @param type what it is for
 * @param fullName who receives
 * @param line1 the street and number
 * @param line2 more of the address, or {@code null}
 * @param city the city
 * @param region the state, province or county, or {@code null}
 * @param postalCode the postal code, normalised
 * @param country the ISO 3166-1 alpha-2 code, upper case
 * @param phone the phone number in E.164, or {@code null}
 * @param isDefault whether it is the owner's default of its type
 * @param createdAt when it was added
 * @param updatedAt when it last changed
 */
public record AddressView(UUID id, AddressType type, String fullName, String line1, @Nullable String line2, String city,
		@Nullable String region, String postalCode, String country, @Nullable String phone, boolean isDefault,
		Instant createdAt, Instant updatedAt) {

}
