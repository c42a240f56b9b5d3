package io.mercato.shared.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * When incomplete event publications are delivered again. See the README for the
 * environment variables.
 *
 * @param resubmitInterval how often the resubmission job runs, on one instance of the
 * cluster at a time; also the least time between two runs anywhere in the cluster
 * @param resubmitAfter how old an incomplete publication must be before the job delivers
 * it again: longer than a listener normally takes, so a delivery still under way is not
 * doubled
 */
@ConfigurationProperties("mercato.events")
record EventPublicationProperties(Duration resubmitInterval, Duration resubmitAfter) {

	EventPublicationProperties {
		Assert.isTrue(resubmitInterval != null && !resubmitInterval.isNegative() && !resubmitInterval.isZero(),
				"mercato.events.resubmit-interval must be positive");
		Assert.isTrue(resubmitAfter != null && !resubmitAfter.isNegative(),
				"mercato.events.resubmit-after must not be negative");
	}

}
