package io.mercato.ordering.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.mercato.ordering.TaxRateDraft;
import io.mercato.ordering.TaxRateView;
import io.mercato.shared.domain.Money;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The arithmetic of a tax and the rules of a rate, without Spring.
 */
class TaxRateCalculationUnitTests {

	@Test
	void roundsATinyTaxHalfUpToNothing() {
		// 0.01 x 8.875 % = 0.0008875
		assertThat(tax("8.875", false, "0.01", "0.00").amount()).isEqualTo(Money.of("0.00"));
	}

	@Test
	void roundsOnceForTheWholeOrder() {
		// 33.33 x 19 % = 6.3327
		assertThat(tax("19", false, "33.33", "0.00").amount()).isEqualTo(Money.of("6.33"));
		// 3 x 6.3327 rounded once is 18.9981 -> 19.00, not 3 x 6.33 = 18.99
		assertThat(tax("19", false, "99.99", "0.00").amount()).isEqualTo(Money.of("19.00"));
		// 0.05 x 10 % = 0.005: exactly half a cent, rounded up
		assertThat(tax("10", false, "0.05", "0.00").amount()).isEqualTo(Money.of("0.01"));
		// 0.15 x 3.333 % = 0.0049995: just under half a cent
		assertThat(tax("3.333", false, "0.15", "0.00").amount()).isEqualTo(Money.of("0.00"));
	}

	@Test
	void chargesNothingAtZeroAndEverythingAtAHundredPercent() {
		assertThat(tax("0", true, "1234.56", "7.89").amount()).isEqualTo(Money.ZERO);
		assertThat(tax("100", false, "1234.56", "7.89").amount()).isEqualTo(Money.of("1234.56"));
		assertThat(tax("100", true, "1234.56", "7.89").amount()).isEqualTo(Money.of("1242.45"));
		assertThat(tax("100", true, "9999999999.99", "9999999999.99").amount())
			.isEqualTo(Money.of(new BigDecimal("19999999999.98")));
	}

	@Test
	void taxesShippingOnlyWhereTheRateSaysSo() {
		TaxQuote goodsOnly = tax("8.875", false, "100.00", "10.00");
		assertThat(goodsOnly.taxable()).isEqualTo(Money.of("100.00"));
		assertThat(goodsOnly.amount()).isEqualTo(Money.of("8.88"));
		assertThat(goodsOnly.appliesToShipping()).isFalse();

		// 110.00 x 8.875 % = 9.7625
		TaxQuote withShipping = tax("8.875", true, "100.00", "10.00");
		assertThat(withShipping.taxable()).isEqualTo(Money.of("110.00"));
		assertThat(withShipping.amount()).isEqualTo(Money.of("9.76"));
		assertThat(withShipping.rate()).isEqualByComparingTo("8.875");
		assertThat(withShipping.name()).isEqualTo("Sales tax");
	}

	@Test
	void chargesNoTaxWithoutARate() {
		TaxQuote none = TaxQuote.none();
		assertThat(none.amount()).isEqualTo(Money.ZERO);
		assertThat(none.taxRateId()).isNull();
		assertThat(none.rate().toPlainString()).isEqualTo("0.000");
	}

	@Test
	void refusesNegativeAmounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> tax("19", false, "-0.01", "0.00"));
		assertThatIllegalArgumentException().isThrownBy(() -> tax("19", true, "1.00", "-1.00"));
	}

	@Test
	void keepsRatesToThreeDecimalsWithinAHundredPercent() {
		assertThat(fieldsRefused(draft("DE", null, "VAT", "-1"))).containsExactly("rate");
		assertThat(fieldsRefused(draft("DE", null, "VAT", "100.001"))).containsExactly("rate");
		assertThat(fieldsRefused(draft("DE", null, "VAT", "8.8751"))).containsExactly("rate");
		assertThat(fieldsRefused(draft("DE", null, "VAT", null))).containsExactly("rate");
		assertThat(new TaxRate(draft("DE", null, "VAT", "100.000")).toView().rate().toPlainString())
			.isEqualTo("100.000");
		assertThat(new TaxRate(draft("DE", null, "VAT", "8.8750")).toView().rate().toPlainString()).isEqualTo("8.875");
		assertThat(new TaxRate(draft("DE", null, "VAT", "0")).toView().rate().toPlainString()).isEqualTo("0.000");
	}

	@Test
	void refusesEveryBrokenFieldAtOnceAndTrimsText() {
		assertThat(fieldsRefused(draft("de", "x".repeat(101), " ", "101"))).containsExactly("country", "region", "name",
				"rate");
		assertThat(fieldsRefused(draft("XX", null, "VAT", "19"))).containsExactly("country");
		assertThat(fieldsRefused(draft(null, null, "n".repeat(101), "19"))).containsExactly("country", "name");

		TaxRateView trimmed = new TaxRate(draft("US", "  Ca ", "  Sales tax ", "7.25")).toView();
		assertThat(trimmed.region()).isEqualTo("Ca");
		assertThat(trimmed.name()).isEqualTo("Sales tax");
		assertThat(new TaxRate(draft("US", "   ", "Sales tax", "7.25")).toView().region()).isNull();
		assertThat(TaxRate.regionKey(" ny ")).isEqualTo("ny");
		assertThat(TaxRate.regionKey(null)).isEmpty();
	}

	private static TaxQuote tax(String percent, boolean appliesToShipping, String subtotal, String shipping) {
		TaxRateView rate = new TaxRateView(UUID.randomUUID(), "US", "NY", "Sales tax",
				new BigDecimal(percent).setScale(3), appliesToShipping, 0, Instant.EPOCH, Instant.EPOCH);
		return TaxQuote.of(rate, Money.of(subtotal), Money.of(shipping));
	}

	private static TaxRateDraft draft(String country, String region, String name, String rate) {
		return new TaxRateDraft(country, region, name, (rate != null) ? new BigDecimal(rate) : null, false);
	}

	private static java.util.List<String> fieldsRefused(TaxRateDraft draft) {
		InvalidFieldsException refused = catchThrowableOfType(InvalidFieldsException.class, () -> new TaxRate(draft));
		assertThat(refused).as("refused").isNotNull();
		return refused.errors().stream().map(InvalidField::field).toList();
	}

}
