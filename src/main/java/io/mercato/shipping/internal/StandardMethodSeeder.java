package io.mercato.shipping.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Gives a fresh install one shipping method, so that a checkout works out of the box:
 * {@code standard} ("Standard", flat 5.00 to every country, 3 to 7 days), created at
 * start-up only when no method exists at all, deleted ones included. Admins change or
 * replace it; once any method was ever created, nothing is seeded again. Safe when
 * instances start at once (see {@link RateTable#seedStandardMethod()}).
 */
@Component
class StandardMethodSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StandardMethodSeeder.class);

	private final RateTable rates;

	StandardMethodSeeder(RateTable rates) {
		this.rates = rates;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.rates.seedStandardMethod()) {
			log.info("Created the shipping method standard (flat 5.00 to every country); change it or add others "
					+ "under /api/v1/shipping/methods");
		}
	}

}
