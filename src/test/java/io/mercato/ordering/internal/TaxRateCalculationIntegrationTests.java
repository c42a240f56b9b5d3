package io.mercato.ordering.internal;

import io.mercato.ordering.TaxRateFixtures;
import io.mercato.ordering.TaxRateView;
import io.mercato.shared.domain.Money;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which rate an order pays, read from the rates admins keep. In the tax rates' own
 * database, shared with {@code TaxRateApiIntegrationTests}, so that every test starts
 * from no rate at all.
 */
@MercatoApiTest
@TestPropertySource(properties = "mercato.test.database=ordering_tax")
class TaxRateCalculationIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Taxation taxation;

	TaxRateFixtures rates;

	@BeforeEach
	void setUp() {
		this.rates = TaxRateFixtures.of(this.context);
		this.rates.deleteAll();
	}

	@Test
	void prefersTheRegionsRateToTheCountryWideOne() {
		TaxRateView country = this.rates.rate("US", null, "5");
		TaxRateView california = this.rates.rate("US", "CA", "7.25");
		this.rates.rate("US", "NY", "8.875", true);

		QueryCounter.reset();
		TaxQuote inCalifornia = this.taxation.taxFor("US", "CA", Money.of("100.00"), Money.of("10.00"));
		assertThat(QueryCounter.count()).isOne();
		assertThat(inCalifornia.taxRateId()).isEqualTo(california.id());
		assertThat(inCalifornia.amount()).isEqualTo(Money.of("7.25"));

		TaxQuote inNewYork = this.taxation.taxFor("US", "NY", Money.of("100.00"), Money.of("10.00"));
		assertThat(inNewYork.amount()).isEqualTo(Money.of("9.76"));
		assertThat(inNewYork.taxable()).isEqualTo(Money.of("110.00"));

		TaxQuote inTexas = this.taxation.taxFor("US", "TX", Money.of("100.00"), Money.of("10.00"));
		assertThat(inTexas.taxRateId()).isEqualTo(country.id());
		assertThat(inTexas.amount()).isEqualTo(Money.of("5.00"));
		assertThat(this.taxation.taxFor("US", null, Money.of("100.00"), Money.ZERO).taxRateId())
			.isEqualTo(country.id());
		assertThat(this.taxation.taxFor("US", "  ", Money.of("100.00"), Money.ZERO).taxRateId())
			.isEqualTo(country.id());
	}

	@Test
	void matchesTheRegionInAnyCaseAndWithoutSurroundingBlanks() {
		TaxRateView quebec = this.rates.rate("CA", "Quebec", "14.975");
		this.rates.rate("CA", null, "5");

		assertThat(this.taxation.taxFor("CA", " QUEBEC ", Money.of("200.00"), Money.ZERO).taxRateId())
			.isEqualTo(quebec.id());
		assertThat(this.taxation.taxFor("CA", "quebec", Money.of("200.00"), Money.ZERO).amount())
			.isEqualTo(Money.of("29.95"));
	}

	@Test
	void chargesNoTaxWhereNoRateApplies() {
		this.rates.rate("US", "CA", "7.25");
		this.rates.rate("DE", null, "19");

		TaxQuote nowhere = this.taxation.taxFor("US", "TX", Money.of("100.00"), Money.of("10.00"));
		assertThat(nowhere.amount()).isEqualTo(Money.ZERO);
		assertThat(nowhere.taxRateId()).isNull();
		assertThat(this.taxation.taxFor("FR", null, Money.of("100.00"), Money.ZERO).amount()).isEqualTo(Money.ZERO);
		assertThat(this.taxation.taxFor("US", null, Money.of("100.00"), Money.ZERO).amount()).isEqualTo(Money.ZERO);
	}

	@Test
	void regionsOfAnotherCountryNeverApply() {
		this.rates.rate("US", "CA", "7.25");
		TaxRateView canada = this.rates.rate("CA", null, "5");

		assertThat(this.taxation.taxFor("CA", "CA", Money.of("100.00"), Money.ZERO).taxRateId()).isEqualTo(canada.id());
	}

}
