package io.mercato.addresses.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.mercato.accounts.AccountManagement;
import io.mercato.addresses.AddressDraft;
import io.mercato.shared.domain.CountryCodes;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;

import org.springframework.stereotype.Component;

/**
 * Checks and normalises an address's fields as a whole, so that every field error of a
 * request is reported at once, named as the JSON field: lengths, the country (ISO 3166-1
 * alpha-2), the postal code in the country's format ({@link PostalCodes}) and the phone
 * number, read by the accounts module's rules in the address's country.
 */
@Component
class AddressRules {

	static final int MAX_NAME = 100;

	static final int MAX_LINE = 200;

	static final int MAX_CITY = 100;

	static final int MAX_REGION = 100;

	private final AccountManagement accounts;

	AddressRules(AccountManagement accounts) {
		this.accounts = accounts;
	}

	/**
	 * Returns the fields as stored: trimmed, blank optional ones as {@code null}, the
	 * country upper case, the postal code normalised, the phone in E.164.
	 * @param draft the fields as given
	 * @return the checked fields
	 * @throws InvalidFieldsException naming every field that breaks a rule
	 */
	AddressDraft check(AddressDraft draft) {
		List<InvalidField> errors = new ArrayList<>();
		if (draft.type() == null) {
			errors.add(new InvalidField("type", "is required: SHIPPING or BILLING"));
		}
		String fullName = required("full_name", draft.fullName(), MAX_NAME, errors);
		String line1 = required("line1", draft.line1(), MAX_LINE, errors);
		String line2 = optional("line2", draft.line2(), MAX_LINE, errors);
		String city = required("city", draft.city(), MAX_CITY, errors);
		String region = optional("region", draft.region(), MAX_REGION, errors);
		String country = country(draft.country(), errors);
		String postalCode = postalCode(draft.postalCode(), country, errors);
		String phone = phone(draft.phone(), country, errors);
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
		return new AddressDraft(draft.type(), fullName, line1, line2, city, region, postalCode, country, phone);
	}

	private static String required(String field, String text, int max, List<InvalidField> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new InvalidField(field, "is required"));
			return null;
		}
		return bounded(field, text.strip(), max, errors);
	}

	private static String optional(String field, String text, int max, List<InvalidField> errors) {
		return (text == null || text.isBlank()) ? null : bounded(field, text.strip(), max, errors);
	}

	private static String bounded(String field, String text, int max, List<InvalidField> errors) {
		if (text.codePointCount(0, text.length()) > max) {
			errors.add(new InvalidField(field, "must be at most " + max + " characters"));
		}
		return text;
	}

	/** The country upper case, or {@code null} when missing or unknown. */
	private static String country(String text, List<InvalidField> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new InvalidField("country", "is required: an ISO 3166-1 alpha-2 code such as US or DE"));
			return null;
		}
		String code = text.strip().toUpperCase(Locale.ROOT);
		if (!CountryCodes.isKnown(code)) {
			errors.add(new InvalidField("country", "must be an ISO 3166-1 alpha-2 country code such as US or DE"));
			return null;
		}
		return code;
	}

	private static String postalCode(String text, String country, List<InvalidField> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new InvalidField("postal_code", "is required"));
			return null;
		}
		if (country == null) {
			// its format depends on the country, which is reported already
			return text;
		}
		String code = PostalCodes.normalize(country, text).orElse(null);
		if (code == null) {
			errors.add(new InvalidField("postal_code", PostalCodes.expectation(country)));
		}
		return code;
	}

	private String phone(String text, String country, List<InvalidField> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String phone = this.accounts.phoneNumberInE164(text.strip(), country).orElse(null);
		if (phone == null) {
			errors.add(new InvalidField("phone",
					(country != null)
							? "must be a valid phone number of " + country
									+ ", or one in international format such as +14155550123"
							: "must be a valid phone number in international format, such as +14155550123"));
		}
		return phone;
	}

}
