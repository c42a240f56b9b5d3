package io.mercato.ordering;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

/**
 * Reaches tax rate states through {@link TaxRateAdministration}.
 */
public class TaxRateFixtures {

	private final TaxRateAdministration administration;

	/** The fixtures over the beans of a test's application context. */
	public static TaxRateFixtures of(ApplicationContext context) {
		return new TaxRateFixtures(context.getBean(TaxRateAdministration.class));
	}

	public TaxRateFixtures(TaxRateAdministration administration) {
		this.administration = administration;
	}

	/** A rate that does not tax shipping. */
	public TaxRateView rate(String country, @Nullable String region, String percent) {
		return rate(country, region, percent, false);
	}

	/** A rate named after its country and region. */
	public TaxRateView rate(String country, @Nullable String region, String percent, boolean appliesToShipping) {
		return this.administration.createTaxRate(new TaxRateDraft(country, region,
				"Tax " + country + ((region != null) ? " " + region : ""), new BigDecimal(percent), appliesToShipping));
	}

	/** Deletes every rate: back to a fresh install, which has none. */
	public void deleteAll() {
		while (true) {
			var page = this.administration.taxRates(null, Pageable.ofSize(100));
			if (page.isEmpty()) {
				return;
			}
			page.forEach((rate) -> this.administration.deleteTaxRate(rate.id()));
		}
	}

}
