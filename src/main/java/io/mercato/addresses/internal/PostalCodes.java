package io.mercato.addresses.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postal code formats by country, each with the message that names it.
 * <p>
 * A table of our own: no maintained source of postal code formats is published to Maven
 * Central (libphonenumber has none; Google's libaddressinput data is not published there
 * by Google), so the formats of the countries we ship to most are written down here and
 * tested; countries not listed take any 1 to 16 letters, digits, spaces or hyphens. Codes
 * are read in either case and with or without the usual space, and stored as the post
 * writes them (upper case, {@code SW1A 1AA}, {@code K1A 0B1}, {@code 1012 AB},
 * {@code 100-0001}).
 */
final class PostalCodes {

	private static final Format ANY = new Format("[A-Z0-9][A-Z0-9 -]{0,15}",
			"must be 1 to 16 letters, digits, spaces or hyphens");

	private static final Map<String, Format> FORMATS = Map.of(
			// ZIP or ZIP+4
			"US", new Format("[0-9]{5}(-[0-9]{4})?", "must be a US ZIP code such as 12345 or 12345-6789"),
			// letters D, F, I, O, Q, U never appear; W and Z not first
			"CA",
			new Format("([ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z]) ?([0-9][ABCEGHJ-NPRSTV-Z][0-9])",
					"must be a Canadian postal code such as K1A 0B1", (code) -> code.group(1) + " " + code.group(2)),
			// the Royal Mail's outward and inward codes, and the one special code GIR 0AA
			"GB",
			new Format(
					"(GIR ?0AA|[A-PR-UWYZ]([0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2})",
					"must be a UK postcode such as SW1A 1AA or M1 1AE", PostalCodes::spacedBeforeInwardCode),
			"DE", new Format("[0-9]{5}", "must be a German postal code of 5 digits, such as 10115"), "FR",
			new Format("([0-9]{2}) ?([0-9]{3})", "must be a French postal code of 5 digits, such as 75008",
					(code) -> code.group(1) + code.group(2)),
			// a PIN never starts with 0; often written 110 001
			"IN",
			new Format("([1-9][0-9]{2}) ?([0-9]{3})", "must be an Indian PIN code of 6 digits, such as 110001",
					(code) -> code.group(1) + code.group(2)),
			"UZ", new Format("[0-9]{6}", "must be an Uzbek postal code of 6 digits, such as 100000"), "JP",
			new Format("([0-9]{3})-?([0-9]{4})", "must be a Japanese postal code such as 100-0001",
					(code) -> code.group(1) + "-" + code.group(2)),
			"AU", new Format("[0-9]{4}", "must be an Australian postcode of 4 digits, such as 2000"),
			// four digits not starting with 0, two letters other than SA, SD and SS
			"NL", new Format("([1-9][0-9]{3}) ?(?!SA|SD|SS)([A-Z]{2})", "must be a Dutch postcode such as 1012 AB",
					(code) -> code.group(1) + " " + code.group(2)));

	private PostalCodes() {
	}

	/**
	 * Returns the postal code as stored, or empty when it does not fit the country.
	 * @param country an ISO 3166-1 alpha-2 code, upper case
	 * @param postalCode the code as typed
	 * @return the normalised code, when it fits
	 */
	static Optional<String> normalize(String country, String postalCode) {
		String typed = postalCode.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
		Format format = FORMATS.getOrDefault(country, ANY);
		Matcher matcher = format.pattern().matcher(typed);
		return matcher.matches() ? Optional.of(format.normalizer().apply(matcher)) : Optional.empty();
	}

	/**
	 * Says what a postal code of the country looks like, for a field error.
	 * @param country an ISO 3166-1 alpha-2 code, upper case
	 * @return the message
	 */
	static String expectation(String country) {
		return FORMATS.getOrDefault(country, ANY).message();
	}

	/** A UK postcode: the inward code is always the last three characters. */
	private static String spacedBeforeInwardCode(Matcher code) {
		String compact = code.group().replace(" ", "");
		return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
	}

	/**
	 * A country's format: the pattern of an upper-case code with single spaces, and how a
	 * code that matched is written when stored.
	 */
	private record Format(Pattern pattern, String message, Function<Matcher, String> normalizer) {

		Format(String regex, String message) {
			this(regex, message, Matcher::group);
		}

		Format(String regex, String message, Function<Matcher, String> normalizer) {
			this(Pattern.compile(regex), message, normalizer);
		}

	}

}
