package io.mercato.shared.web;

import java.util.List;

import org.springframework.http.ProblemDetail;

/**
 * The one rule for text the API accepts, in JSON bodies and query parameters alike: no
 * control characters but tab, line feed and carriage return, and no half of a surrogate
 * pair. PostgreSQL cannot store a NUL at all, nor a lone surrogate, and the other control
 * characters have no place in names, addresses or search words; refusing them where the
 * request enters keeps every module from having to check.
 */
final class ControlCharacters {

	/** What the caller is told about a value that breaks the rule. */
	static final String MESSAGE = "must not contain control characters (tab and line breaks are allowed) "
			+ "or unpaired surrogates";

	private ControlCharacters() {
	}

	/**
	 * Returns whether the text holds a character the API refuses.
	 * @param text the text, may be {@code null}
	 * @return {@code true} when a control character other than tab, line feed or carriage
	 * return occurs
	 */
	static boolean in(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
			// half of a surrogate pair encodes no character: PostgreSQL would store it as
			// "?", and two different values would become one
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Returns the 400 {@code invalid_value} problem that refuses such values.
	 * @param fields the refused fields or parameters
	 * @return the problem
	 */
	static ProblemDetail refusal(List<InvalidField> fields) {
		return Problems.invalid("invalid_value",
				"The request has values with characters that are not allowed; see errors.", fields);
	}

}
