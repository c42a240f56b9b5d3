package io.mercato.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An amount of money with exactly two decimals, as every price, total and payment in
 * Mercato is held. The currency is kept beside the amount (on orders and payments), not
 * inside it.
 * <p>
 * JSON is a decimal string ({@code "1050.00"}), the database column
 * {@code numeric(12,2)}. Arithmetic rounds {@link RoundingMode#HALF_UP} to two decimals
 * at each step; parsing refuses more than two decimals rather than rounding a price the
 * client did not send.
 */
@Schema(type = "string", pattern = Money.PATTERN, example = "1050.00",
		description = "An amount of money as a decimal string: up to ten digits, then at most two decimals "
				+ "(\"12\", \"12.5\", \"12.50\"). Answers always carry exactly two decimals.")
public final class Money implements Comparable<Money> {

	/**
	 * What the API documents as an amount: what {@link #toString()} writes for any amount
	 * from zero to {@link #MAX}, and the plain forms {@link #of(String)} reads. No amount
	 * the API takes or gives is negative.
	 */
	public static final String PATTERN = "^[0-9]{1,10}(\\.[0-9]{1,2})?$";

	/** The largest amount a {@code numeric(12,2)} column holds. */
	public static final Money MAX = new Money(new BigDecimal("9999999999.99"));

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");

	private static final int SCALE = 2;

	private final BigDecimal amount;

	private Money(BigDecimal amount) {
		this.amount = amount.setScale(SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * Returns the amount rounded half-up to two decimals.
	 * @param amount any amount, not {@code null}
	 * @return the money value
	 */
	public static Money of(BigDecimal amount) {
		if (amount == null) {
			throw new IllegalArgumentException("amount must not be null");
		}
		return new Money(amount);
	}

	/**
	 * Parses a decimal amount such as {@code "10"}, {@code "10.5"} or {@code "-3.25"}.
	 * @param amount the text
	 * @return the money value
	 * @throws IllegalArgumentException when the text is not a decimal number or has more
	 * than two decimals; the message says so in words a client can show
	 */
	@JsonCreator
	public static Money of(String amount) {
		// plain digits only: BigDecimal would also read "1e2" and "+5", which no client
		// means
		if (amount == null || !DECIMAL.matcher(amount.trim()).matches()) {
			throw new IllegalArgumentException("must be a decimal amount such as \"10.50\"");
		}
		BigDecimal parsed = new BigDecimal(amount.trim());
		if (parsed.stripTrailingZeros().scale() > SCALE) {
			throw new IllegalArgumentException("must have at most two decimals");
		}
		if (parsed.abs().compareTo(MAX.amount) > 0) {
			throw new IllegalArgumentException("must not exceed " + MAX);
		}
		return new Money(parsed);
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public Money plus(Money other) {
		return new Money(this.amount.add(other.amount));
	}

	public Money minus(Money other) {
		return new Money(this.amount.subtract(other.amount));
	}

	public Money times(int quantity) {
		return new Money(this.amount.multiply(BigDecimal.valueOf(quantity)));
	}

	/**
	 * Returns the given percentage of this amount, rounded half-up, as discounts and
	 * taxes are.
	 * @param percent for example {@code 12.5} for 12.5 %
	 * @return the share of this amount
	 */
	public Money percent(BigDecimal percent) {
		return new Money(this.amount.multiply(percent).divide(BigDecimal.valueOf(100), SCALE, RoundingMode.HALF_UP));
	}

	/**
	 * Returns the larger of this amount and zero, so that a discount never makes a total
	 * negative.
	 * @return this amount, or zero when it is negative
	 */
	public Money atLeastZero() {
		return isNegative() ? ZERO : this;
	}

	public Money min(Money other) {
		return compareTo(other) <= 0 ? this : other;
	}

	public boolean isPositive() {
		return this.amount.signum() > 0;
	}

	public boolean isNegative() {
		return this.amount.signum() < 0;
	}

	public boolean isZero() {
		return this.amount.signum() == 0;
	}

	@Override
	public int compareTo(Money other) {
		return this.amount.compareTo(other.amount);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Money money) && this.amount.equals(money.amount);
	}

	@Override
	public int hashCode() {
		return this.amount.hashCode();
	}

	@JsonValue
	@Override
	public String toString() {
		return this.amount.toPlainString();
	}

}
