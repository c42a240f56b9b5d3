package io.mercato.cart.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How carts behave; see the README for the environment variables.
 *
 * @param abandonAfter how long an active cart may stay unchanged before the abandonment
 * job marks it {@code ABANDONED}
 * @param abandonCheckInterval how often the abandonment job runs
 * @param maxLines the lines a cart may hold
 * @param maxQuantity the units a line may hold
 */
@ConfigurationProperties("mercato.cart")
record CartSettings(@DefaultValue("14d") Duration abandonAfter, @DefaultValue("1h") Duration abandonCheckInterval,
		@DefaultValue("100") int maxLines, @DefaultValue("1000") int maxQuantity) {

	CartSettings {
		if (abandonAfter.isNegative() || abandonAfter.isZero()) {
			throw new IllegalArgumentException("mercato.cart.abandon-after must be positive");
		}
		if (maxLines < 1 || maxQuantity < 1 || maxQuantity > 1000) {
			throw new IllegalArgumentException(
					"mercato.cart.max-lines must be positive and mercato.cart.max-quantity from 1 to 1000");
		}
	}

}
