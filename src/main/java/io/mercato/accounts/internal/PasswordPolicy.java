package io.mercato.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;
import org.apache.commons.text.similarity.LevenshteinDistance;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * What a password must be: at least 8 characters (and at most 72 bytes, all bcrypt
 * reads), nothing like the user's email address, hard to guess (zxcvbn score 3 or more,
 * knowing the user's own details), and typed twice alike. Every broken rule is reported
 * as its own field error that says what to change.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_BYTES = 72;

	static final int MIN_SCORE = 3;

	// at this share of equal characters a password "resembles" the address (as Django
	// judges it)
	private static final double MAX_SIMILARITY = 0.7;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/**
	 * Checks a new password.
	 * @param password the password
	 * @param confirmation the password typed again
	 * @param email the user's email address
	 * @param personalInputs other words of the user's (name, shop) that make a guess easy
	 * @param field the request field of the password
	 * @param confirmationField the request field of the confirmation
	 * @throws InvalidFieldsException listing every broken rule
	 */
	void check(String password, String confirmation, String email, List<String> personalInputs, String field,
			String confirmationField) {
		List<InvalidField> errors = new ArrayList<>();
		if (!StringUtils.hasLength(password)) {
			throw new InvalidFieldsException(field, "is required");
		}
		if (password.length() < MIN_LENGTH) {
			errors.add(new InvalidField(field, "must be at least " + MIN_LENGTH + " characters long"));
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			errors.add(new InvalidField(field, "must be at most " + MAX_BYTES + " bytes long"));
		}
		if (resemblesEmail(password, email)) {
			errors.add(new InvalidField(field, "must not contain or resemble your email address"));
		}
		List<String> inputs = new ArrayList<>(personalInputs.stream().filter(StringUtils::hasText).toList());
		if (email != null) {
			inputs.add(email);
			inputs.add(localPart(email));
		}
		Strength strength = this.zxcvbn.measure(password, inputs);
		if (strength.getScore() < MIN_SCORE) {
			errors.add(new InvalidField(field, "is too easy to guess: " + advice(strength.getFeedback())));
		}
		if (!password.equals(confirmation)) {
			errors.add(new InvalidField(confirmationField, "does not match the password"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
	}

	static boolean resemblesEmail(String password, String email) {
		if (email == null) {
			return false;
		}
		String local = localPart(email);
		String candidate = password.toLowerCase(Locale.ROOT);
		if (local.length() < 3) {
			return candidate.equals(local);
		}
		if (candidate.contains(local) || local.contains(candidate)) {
			return true;
		}
		int distance = LevenshteinDistance.getDefaultInstance().apply(candidate, local);
		double similarity = 1.0 - (double) distance / Math.max(candidate.length(), local.length());
		return similarity >= MAX_SIMILARITY;
	}

	private static String localPart(String email) {
		int at = email.indexOf('@');
		return ((at > 0) ? email.substring(0, at) : email).toLowerCase(Locale.ROOT);
	}

	private static String advice(Feedback feedback) {
		String warning = feedback.getWarning(Locale.ENGLISH);
		List<String> suggestions = feedback.getSuggestions(Locale.ENGLISH);
		StringBuilder advice = new StringBuilder(
				StringUtils.hasText(warning) ? stripPeriod(warning) : "add more unusual words or characters");
		if (!suggestions.isEmpty()) {
			advice.append(". ").append(String.join(" ", suggestions));
		}
		return advice.toString();
	}

	private static String stripPeriod(String text) {
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

}
