package io.mercato.ordering;

import org.jspecify.annotations.Nullable;

import io.mercato.addresses.AddressSnapshot;

/**
 * An address as an order keeps it: a copy, which later edits or a deletion of the address
 * book's entry leave as it was.
 *
 * @param fullName who receives or is billed
 * @param line1 the street and number
 * @param line2 more of the address, or {@code null}
 * @param city the city
 * @param region the state, province or county, or {@code null}
 * @param postalCode the postal code, in the country's format
 * @param country the ISO 3166-1 alpha-2 code, upper case
 * @param phone the phone number in E.164, or {@code null}
 */
public record OrderAddress(String fullName, String line1, @Nullable String line2, String city, @Nullable String region,
		String postalCode, String country, @Nullable String phone) {

	/**
	 * Copies an address of the address book.
	 * @param address the address
	 * @return its copy
	 */
	public static OrderAddress of(AddressSnapshot address) {
		return new OrderAddress(address.fullName(), address.line1(), address.line2(), address.city(), address.region(),
				address.postalCode(), address.country(), address.phone());
	}

}
