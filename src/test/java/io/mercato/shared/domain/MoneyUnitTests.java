package io.mercato.shared.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyUnitTests {

	@Test
	void keepsExactlyTwoDecimals() {
		assertThat(Money.of("10")).hasToString("10.00");
		assertThat(Money.of("10.5")).hasToString("10.50");
		assertThat(Money.of(new BigDecimal("0.125"))).hasToString("0.13");
		assertThat(Money.of(new BigDecimal("-0.125"))).hasToString("-0.13");
	}

	@Test
	void refusesToParseMoreThanTwoDecimalsInsteadOfRounding() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("10.005"))
			.withMessage("must have at most two decimals");
		assertThat(Money.of("10.500")).isEqualTo(Money.of("10.5"));
	}

	@Test
	void refusesTextThatIsNoAmount() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("ten")).withMessageContaining("decimal amount");
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of((String) null));
		// forms BigDecimal reads but the API's pattern does not allow
		for (String odd : new String[] { "1e2", "1E2", "1e3000", "+5", ".5", "5.", "0x10", "1_000", "١٠" }) {
			assertThatIllegalArgumentException().as(odd)
				.isThrownBy(() -> Money.of(odd))
				.withMessageContaining("decimal amount");
		}
		assertThat(Money.of(" -3.25 ")).hasToString("-3.25");
	}

	@Test
	void refusesAmountsBeyondTheColumnRange() {
		assertThat(Money.of("9999999999.99")).isEqualTo(Money.MAX);
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("10000000000.00"));
	}

	@Test
	void computesLineTotalsAndPercentagesHalfUp() {
		Money unitPrice = Money.of("19.99");

		assertThat(unitPrice.times(3)).isEqualTo(Money.of("59.97"));
		assertThat(Money.of("10.05").percent(new BigDecimal("50"))).isEqualTo(Money.of("5.03"));
		assertThat(unitPrice.plus(Money.of("0.01")).minus(Money.of("10"))).isEqualTo(Money.of("10.00"));
	}

	@Test
	void neverGoesBelowZeroWhenAsked() {
		Money total = Money.of("5.00").minus(Money.of("7.50"));

		assertThat(total.isNegative()).isTrue();
		assertThat(total.atLeastZero()).isEqualTo(Money.ZERO);
		assertThat(Money.of("3").min(Money.of("2"))).isEqualTo(Money.of("2"));
	}

	@Test
	void comparesByAmount() {
		assertThat(Money.of("2.00")).isGreaterThan(Money.of("1.99"));
		assertThat(Money.of("2")).isEqualTo(Money.of("2.00")).hasSameHashCodeAs(Money.of("2.00"));
		assertThat(Money.ZERO.isZero()).isTrue();
		assertThat(Money.of("0.01").isPositive()).isTrue();
	}

	@Test
	void writesAndReadsJsonAsDecimalStringsOnly() {
		JsonMapper json = JsonMapper.builder().build();

		assertThat(json.writeValueAsString(Money.of("1050"))).isEqualTo("\"1050.00\"");
		assertThat(json.readValue("\"12.30\"", Money.class)).isEqualTo(Money.of("12.3"));
		// a JSON number may already have lost cents in the client's floating point
		assertThatExceptionOfType(MismatchedInputException.class).isThrownBy(() -> json.readValue("12.3", Money.class));
	}

}
