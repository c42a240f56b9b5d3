package io.mercato.ordering.internal;

import java.math.BigDecimal;
import java.util.UUID;

import io.mercato.ordering.TaxRateView;
import io.mercato.shared.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * The tax of one order, as the order copies it: the amount, and the rate it was charged
 * at.
 *
 * @param amount the tax: {@code taxable × rate / 100}, rounded half-up to the cent once
 * for the whole order
 * @param taxable what the rate was applied to: the discounted subtotal, plus shipping
 * where the rate taxes shipping; zero without a rate
 * @param taxRateId the rate applied, or {@code null} when none applies
 * @param name what the tax is called ({@code VAT}), or {@code null} when none applies
 * @param rate the percentage applied, three decimals; {@code 0.000} when none applies
 * @param appliesToShipping whether shipping was taxed
 */
record TaxQuote(Money amount, Money taxable, @Nullable UUID taxRateId, @Nullable String name, BigDecimal rate,
		boolean appliesToShipping) {

	private static final BigDecimal NO_RATE = BigDecimal.ZERO.setScale(TaxRate.RATE_SCALE);

	/** No rate applies: no tax. */
	static TaxQuote none() {
		return new TaxQuote(Money.ZERO, Money.ZERO, null, null, NO_RATE, false);
	}

	/**
	 * Applies a rate to an order's amounts.
	 * @param rate the rate
	 * @param discountedSubtotal the goods after discounts
	 * @param shipping what shipping costs, taxed only where the rate says so
	 * @return the tax
	 * @throws IllegalArgumentException for a negative amount
	 */
	static TaxQuote of(TaxRateView rate, Money discountedSubtotal, Money shipping) {
		if (discountedSubtotal.isNegative() || shipping.isNegative()) {
			throw new IllegalArgumentException(
					"Tax is due on no negative amount: subtotal " + discountedSubtotal + ", shipping " + shipping);
		}
		Money taxable = rate.appliesToShipping() ? discountedSubtotal.plus(shipping) : discountedSubtotal;
		// the sum of two amounts in cents is exact: the percentage is the only rounding
		return new TaxQuote(taxable.percent(rate.rate()), taxable, rate.id(), rate.name(), rate.rate(),
				rate.appliesToShipping());
	}

}
