package io.mercato.ordering.internal;

import io.mercato.shared.domain.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out an order's tax from the rates admins keep ({@link TaxRate}): the rate of the
 * order's region where the country has one, else the country's country-wide rate, else
 * none. The rate applies to the discounted subtotal, and to shipping where it says so;
 * the tax is rounded half-up to the cent once for the whole order.
 */
@Service
@Transactional(readOnly = true)
class Taxation {

	private final TaxRateRepository rates;

	Taxation(TaxRateRepository rates) {
		this.rates = rates;
	}

	/**
	 * Returns the tax of an order, reading the rate in one statement.
	 * @param country where the order is delivered: an upper-case ISO 3166-1 alpha-2 code
	 * @param region the part of the country (a state, a province) as the delivery address
	 * names it, in any case and with any surrounding blanks; {@code null} or blank for
	 * none, when only a country-wide rate applies
	 * @param discountedSubtotal the goods after discounts, zero or more
	 * @param shipping what shipping costs, zero or more
	 * @return the tax and the rate it was charged at; zero at no rate when none applies
	 * @throws IllegalArgumentException for a negative amount
	 */
	TaxQuote taxFor(String country, @Nullable String region, Money discountedSubtotal, Money shipping) {
		if (discountedSubtotal.isNegative() || shipping.isNegative()) {
			throw new IllegalArgumentException(
					"Tax is due on no negative amount: subtotal " + discountedSubtotal + ", shipping " + shipping);
		}
		return this.rates.findApplicable(country, TaxRate.regionKey(region))
			.map((rate) -> TaxQuote.of(rate.toView(), discountedSubtotal, shipping))
			.orElseGet(TaxQuote::none);
	}

}
