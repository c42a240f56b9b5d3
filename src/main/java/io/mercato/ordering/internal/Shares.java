package io.mercato.ordering.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import io.mercato.shared.domain.Money;

/**
 * Splits an amount over an order's lines in proportion to their weights, to the cent, by
 * the largest-remainder method: each line gets the cents its exact share rounds down to,
 * and the cents left over go to the lines with the largest remainders (the earlier line
 * on a tie), so the shares always add up to the amount exactly.
 */
final class Shares {

	private Shares() {
	}

	/**
	 * Splits the amount.
	 * @param amount what to split, zero or more
	 * @param weights each line's weight, zero or more; when they are all zero the amount
	 * is split evenly
	 * @return each line's share, in the order of the weights
	 */
	static List<Money> allocate(Money amount, List<Money> weights) {
		BigInteger cents = amount.amount().movePointRight(2).toBigIntegerExact();
		List<BigInteger> units = weights.stream().map((w) -> w.amount().movePointRight(2).toBigIntegerExact()).toList();
		BigInteger total = units.stream().reduce(BigInteger.ZERO, BigInteger::add);
		if (total.signum() == 0) {
			units = weights.stream().map((w) -> BigInteger.ONE).toList();
			total = BigInteger.valueOf(weights.size());
		}
		List<BigInteger> shares = new ArrayList<>();
		List<BigInteger> remainders = new ArrayList<>();
		BigInteger given = BigInteger.ZERO;
		for (BigInteger unit : units) {
			BigInteger[] division = cents.multiply(unit).divideAndRemainder(total);
			shares.add(division[0]);
			remainders.add(division[1]);
			given = given.add(division[0]);
		}
		int left = cents.subtract(given).intValueExact();
		List<BigInteger> finalRemainders = remainders;
		IntStream.range(0, shares.size())
			.boxed()
			.sorted(Comparator.comparing(finalRemainders::get).reversed().thenComparing(Comparator.naturalOrder()))
			.limit(left)
			.forEach((i) -> shares.set(i, shares.get(i).add(BigInteger.ONE)));
		return shares.stream().map((share) -> Money.of(new BigDecimal(share, 2))).toList();
	}

}
