package io.mercato.ordering;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Every field of a tax rate, as a new rate or a replacement gives them. The rules named
 * below are checked by the ordering module, which answers their breach with field errors
 * named as the JSON fields.
 *
 * @param country the ISO 3166-1 alpha-2 code in upper case, such as {@code DE}
 * @param region a part of the country the rate is for, such as {@code CA} for California,
 * at most 100 characters, stored trimmed and matched in any case; {@code null} or blank
 * for the country-wide rate
 * @param name what the tax is called on an order, such as {@code VAT}, 1 to 100
 * characters, stored trimmed
 * @param rate the percentage, from 0 to 100 with at most three decimals ({@code 8.875}
 * for 8.875 %)
 * @param appliesToShipping whether shipping is taxed as well as the goods
 */
public record TaxRateDraft(String country, @Nullable String region, String name, BigDecimal rate,
		boolean appliesToShipping) {

}
