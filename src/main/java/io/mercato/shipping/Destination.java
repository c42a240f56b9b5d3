package io.mercato.shipping;

import io.mercato.addresses.AddressSnapshot;
import io.mercato.shared.domain.CountryCodes;
import org.jspecify.annotations.Nullable;

/**
 * Where a shipment goes, as far as its price depends on it.
 *
 * @param country the ISO 3166-1 alpha-2 code, upper case, such as {@code DE};
 * {@code null} for an address whose country is not known (a guest's free text), which
 * only the methods' rules for every country price
 * @param postalCode the postal code, or {@code null} when unknown; rates do not depend on
 * it yet
 */
public record Destination(@Nullable String country, @Nullable String postalCode) {

	/**
	 * Checks the country.
	 * @throws IllegalArgumentException for a country that is not an upper-case ISO 3166-1
	 * alpha-2 code
	 */
	public Destination {
		if (country != null && !isCountry(country)) {
			throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 country code: " + country);
		}
	}

	/**
	 * Returns a destination whose country is not known: only rules for every country
	 * price it.
	 * @return the destination
	 */
	public static Destination unknownCountry() {
		return new Destination(null, null);
	}

	/**
	 * Returns the destination of an address.
	 * @param address the address, as the addresses module gives it
	 * @return its country and postal code
	 */
	public static Destination of(AddressSnapshot address) {
		return new Destination(address.country(), address.postalCode());
	}

	/**
	 * Whether the text is a country code a destination or a rate may name.
	 * @param country the text, or {@code null}
	 * @return {@code true} for an upper-case ISO 3166-1 alpha-2 code, such as {@code DE}
	 */
	public static boolean isCountry(@Nullable String country) {
		return CountryCodes.isKnown(country);
	}

}
