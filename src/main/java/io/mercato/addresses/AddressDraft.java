package io.mercato.addresses;

import org.jspecify.annotations.Nullable;

/**
 * Every editable field of an address, as a new address or a replacement gives them; the
 * optional fields left {@code null} mean "none". Surrounding blanks are dropped, and a
 * blank optional field counts as none. The rules named below are checked by the module,
 * which answers their breach with field errors named as the JSON fields.
 *
 * @param type what it is for
 * @param fullName who receives, 1 to 100 characters
 * @param line1 the street and number, 1 to 200 characters
 * @param line2 more of the address (flat, floor, c/o), at most 200 characters, or
 * {@code null}
 * @param city 1 to 100 characters
 * @param region the state, province or county, at most 100 characters, or {@code null}
 * @param postalCode in the country's format where the module knows it (stored normalised:
 * {@code sw1a1aa} becomes {@code SW1A 1AA}), else 1 to 16 letters, digits, spaces or
 * hyphens
 * @param country an ISO 3166-1 alpha-2 code, in either case; stored upper case
 * @param phone a number valid per libphonenumber, read in {@code country} unless it
 * starts with {@code +}; stored in E.164; or {@code null}
 */
public record AddressDraft(AddressType type, String fullName, String line1, @Nullable String line2, String city,
		@Nullable String region, String postalCode, String country, @Nullable String phone) {

}
