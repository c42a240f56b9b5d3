package io.mercato.accounts.internal;

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
		try {
			PhoneNumber parsed = this.util.parse(phone, this.defaultRegion);
			if (this.util.isValidNumber(parsed)) {
				return this.util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
			}
		}
		catch (NumberParseException ex) {
			// reported below like any other invalid number
		}
		throw new InvalidFieldsException("phone",
				"must be a valid phone number in international format, such as +14155550123");
	}

}
