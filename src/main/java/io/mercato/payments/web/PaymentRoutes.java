package io.mercato.payments.web;

import io.mercato.shared.security.ApiAuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which payment route. Paying an order and reading its payments are open to
 * guests, who prove the order is theirs with its token; gateways' webhooks are open, the
 * signature being their credential; recording receipts and refunding need a login.
 */
@Configuration(proxyBeanMethods = false)
class PaymentRoutes {

	@Bean
	ApiAuthorizationRules paymentRules() {
		return (routes) -> routes
			.requestMatchers(HttpMethod.POST, "/api/v1/orders/*/process-payment", "/api/v1/payments/webhooks/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/orders/*/payments", "/api/v1/payments/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/orders/*/refund", "/api/v1/payments/*/mark-received")
			.authenticated();
	}

}
