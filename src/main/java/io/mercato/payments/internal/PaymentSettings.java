package io.mercato.payments.internal;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The payments module's settings ({@code mercato.payments.*}).
 *
 * @param defaultGateway the gateway a payment request that names none goes to
 * @param webhookTolerance how far a webhook's timestamp may be from now
 * @param webhookSecrets each gateway's webhook signing secret; a gateway without one
 * refuses every webhook
 * @param reconcileAfter how long a payment stays {@code PROCESSING} before the
 * reconciliation job asks its gateway
 * @param reconcileInterval how often the reconciliation job runs
 * @param offlineWindow how long a cash or bank-transfer payment waits to be received
 * before it is failed ({@code not_received})
 * @param simulated the simulated gateway's settings
 */
@ConfigurationProperties("mercato.payments")
record PaymentSettings(@DefaultValue("simulated") String defaultGateway, @DefaultValue("5m") Duration webhookTolerance,
		@DefaultValue Map<String, String> webhookSecrets, @DefaultValue("1m") Duration reconcileAfter,
		@DefaultValue("1m") Duration reconcileInterval, @DefaultValue("14d") Duration offlineWindow,
		@DefaultValue Simulated simulated) {

	/**
	 * The simulated gateway's settings.
	 *
	 * @param enabled whether the simulated gateway exists; {@code null} (unset) for the
	 * embedded development mode only
	 * @param latency how long each charge and refund takes; zero answers at once
	 */
	record Simulated(@Nullable Boolean enabled, @DefaultValue("0s") Duration latency) {

	}

}
