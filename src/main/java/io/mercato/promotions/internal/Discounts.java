package io.mercato.promotions.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import io.mercato.promotions.PromotionType;
import io.mercato.shared.domain.Money;

/**
 * The arithmetic of a discount: how much a promotion takes off the lines its scope
 * matches, and how that amount is spread over them.
 */
final class Discounts {

	private static final BigDecimal CENTS = BigDecimal.valueOf(100);

	private Discounts() {
	}

	/**
	 * Returns the discount on the matching lines' total: a percentage of it rounded
	 * half-up to the cent, or the fixed amount, never more than the total.
	 * @param type how the value discounts
	 * @param value a percentage from above 0 to 100, or an amount above 0
	 * @param matchingTotal what the matching lines add up to, not negative
	 * @return the discount, from zero to {@code matchingTotal}
	 */
	static Money discount(PromotionType type, BigDecimal value, Money matchingTotal) {
		Money discount = (type == PromotionType.PERCENTAGE) ? matchingTotal.percent(value) : Money.of(value);
		return discount.min(matchingTotal);
	}

	/**
	 * Spreads a discount over lines in proportion to their totals, to the cent, by the
	 * largest-remainder method: each line first gets its exact share rounded down, and
	 * the cents left over go one each to the lines whose shares lost the most by the
	 * rounding (the earlier line on a tie). The shares add up exactly to the discount,
	 * none is negative, and none exceeds its line's total.
	 * @param discount the discount, from zero to the lines' total
	 * @param lineTotals each line's total, not negative
	 * @return each line's share, in the order of the lines
	 * @throws IllegalArgumentException for a discount above the lines' total or a
	 * negative one
	 */
	static List<Money> spread(Money discount, List<Money> lineTotals) {
		BigInteger total = lineTotals.stream().map(Discounts::cents).reduce(BigInteger.ZERO, BigInteger::add);
		BigInteger cents = cents(discount);
		if (cents.signum() < 0 || cents.compareTo(total) > 0) {
			throw new IllegalArgumentException("A discount of " + discount + " cannot be spread over " + lineTotals);
		}
		List<Money> shares = new ArrayList<>(lineTotals.size());
		if (cents.signum() == 0) {
			lineTotals.forEach((line) -> shares.add(Money.ZERO));
			return shares;
		}
		long[] floors = new long[lineTotals.size()];
		BigInteger[] remainders = new BigInteger[lineTotals.size()];
		BigInteger left = cents;
		for (int i = 0; i < floors.length; i++) {
			BigInteger[] share = cents.multiply(cents(lineTotals.get(i))).divideAndRemainder(total);
			floors[i] = share[0].longValueExact();
			remainders[i] = share[1];
			left = left.subtract(share[0]);
		}
		// fewer cents are left than there are lines, and only lines with a remainder get
		// one: a line whose share was exact (or zero) never grows past it
		IntStream.range(0, floors.length)
			.boxed()
			.filter((i) -> remainders[i].signum() > 0)
			.sorted(Comparator.<Integer, BigInteger>comparing((i) -> remainders[i])
				.reversed()
				.thenComparing(Comparator.naturalOrder()))
			.limit(left.longValueExact())
			.forEach((i) -> floors[i]++);
		for (long share : floors) {
			shares.add(Money.of(BigDecimal.valueOf(share, 2)));
		}
		return shares;
	}

	private static BigInteger cents(Money amount) {
		return amount.amount().multiply(CENTS).toBigIntegerExact();
	}

}
