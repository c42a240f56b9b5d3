package io.mercato.shared.domain;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The countries an address, a shipping zone or a tax rate may name: ISO 3166-1 alpha-2
 * codes, upper-case, as the JDK knows them.
 */
public final class CountryCodes {

	private static final Set<String> CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

	private CountryCodes() {
	}

	/**
	 * Whether the text is a country code.
	 * @param code the text, or {@code null}
	 * @return {@code true} for an upper-case ISO 3166-1 alpha-2 code, such as {@code DE}
	 */
	public static boolean isKnown(@Nullable String code) {
		return code != null && CODES.contains(code);
	}

}
