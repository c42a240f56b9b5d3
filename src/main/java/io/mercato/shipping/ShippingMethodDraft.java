package io.mercato.shipping;

import java.util.List;

/**
 * Every field of a shipping method, as a new method or a replacement gives them.
 *
 * @param code lower-case letters, digits, {@code -} and {@code _}, 1 to 50 characters,
 * starting with a letter or digit; unique for good and never changed
 * @param name 1 to 100 characters, surrounding blanks dropped
 * @param carrier who carries the parcels, 1 to 100 characters, surrounding blanks dropped
 * @param active whether quotes offer it
 * @param estimatedDaysMin the fewest days delivery takes, 0 to 365
 * @param estimatedDaysMax the most days delivery takes, from {@code estimatedDaysMin} to
 * 365
 * @param rules 1 to 50 rate rules; at most one for every country, and a country in at
 * most one rule
 */
public record ShippingMethodDraft(String code, String name, String carrier, boolean active, int estimatedDaysMin,
		int estimatedDaysMax, List<RateRule> rules) {

	public ShippingMethodDraft {
		rules = List.copyOf(rules);
	}

}
