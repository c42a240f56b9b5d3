package io.mercato.accounts.internal;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.mercato.shared.web.InvalidFieldsException;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Normalizes phone numbers to E.164 ({@code +14155550123}) with libphonenumber, so that
 * one number is stored, compared and kept unique in one form.
 */
@Component
class PhoneNumbers {

	private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

	private final String defaultRegion;

	PhoneNumbers(AccountsSettings settings) {
		this.defaultRegion = StringUtils.hasText(settings.defaultPhoneRegion()) ? settings.defaultPhoneRegion() : null;
	}

	/**
	 * Returns the number in E.164, or {@code null} for a blank one.
	 * @throws InvalidFieldsException on {@code phone} when it is no valid number
	 */
	String normalize(String phone) {
		if (!StringUtils.hasText(phone)) {
			return null;
		}
		return inE164(phone, this.defaultRegion).orElseThrow(() -> new InvalidFieldsException("phone",
				"must be a valid phone number in international format, such as +14155550123"));
	}

	/**
	 * Returns the number in E.164, reading a number without {@code +} and country code as
	 * one of the region; empty when it is no valid number.
	 */
	Optional<String> inE164(String phone, String region) {
		try {
			PhoneNumber parsed = this.util.parse(phone, region);
			if (this.util.isValidNumber(parsed)) {
				return Optional.of(this.util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
			}
		}
		catch (NumberParseException ex) {
			// no number at all: as invalid as one that cannot exist
		}
		return Optional.empty();
	}

}
