package io.mercato.ordering.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How orders behave; see the README for the environment variables.
 *
 * @param reservationWindow how long a placed order's stock stays reserved unpaid before
 * the expiry job cancels it
 * @param expiryCheckInterval how often the expiry job runs
 * @param currency the ISO 4217 code of the shop's prices, copied into every order
 * @param maxLines the lines an order may hold
 */
@ConfigurationProperties("mercato.ordering")
record OrderingSettings(@DefaultValue("15m") Duration reservationWindow,
		@DefaultValue("1m") Duration expiryCheckInterval, @DefaultValue("EUR") String currency,
		@DefaultValue("100") int maxLines) {

	OrderingSettings {
		if (reservationWindow.isNegative() || reservationWindow.isZero()) {
			throw new IllegalArgumentException("mercato.ordering.reservation-window must be positive");
		}
		if (!currency.matches("^[A-Z]{3}$")) {
			throw new IllegalArgumentException("mercato.ordering.currency must be an ISO 4217 code such as EUR");
		}
		if (maxLines < 1 || maxLines > 1000) {
			throw new IllegalArgumentException("mercato.ordering.max-lines must be from 1 to 1000");
		}
	}

}
