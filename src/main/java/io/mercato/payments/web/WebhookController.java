package io.mercato.payments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import io.mercato.payments.GatewayWebhooks;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where gateways post their events. Open to anyone: the signature is the credential.
 */
@Tag(name = "Payments")
@RestController
class WebhookController {

	static final String SIGNATURE = "Mercato-Signature";

	private final GatewayWebhooks webhooks;

	WebhookController(GatewayWebhooks webhooks) {
		this.webhooks = webhooks;
	}

	@Operation(summary = "Receive a gateway's event",
			description = "The gateway signs each event: the Mercato-Signature header is t=<unix seconds>,v1=<hex "
					+ "HMAC-SHA256 of \"<t>.<raw body>\" under the gateway's webhook secret>. A missing or wrong "
					+ "signature, or a timestamp further from now than mercato.payments.webhook-tolerance (5 minutes), answers 400 and changes nothing. Each "
					+ "event id is applied once; a redelivery answers 200 with applied false.")
	@ApiResponse(responseCode = "200", description = "Received; applied says whether it changed anything")
	@ApiResponse(responseCode = "400", description = "invalid_signature, invalid_webhook or unknown_gateway")
	@PostMapping(path = "/api/v1/payments/webhooks/{gateway}", consumes = MediaType.APPLICATION_JSON_VALUE)
	WebhookReceipt receiveWebhook(@PathVariable String gateway,
			@Parameter(in = ParameterIn.HEADER, description = "t=<unix seconds>,v1=<hex signature>") @RequestHeader(
					name = SIGNATURE, required = false) @Nullable String signature,
			@RequestBody byte[] body) {
		return new WebhookReceipt(true, this.webhooks.receive(gateway, (signature != null) ? signature : "", body));
	}

	/**
	 * The answer to a gateway.
	 *
	 * @param received always true: the event was verified
	 * @param applied whether it changed anything (false for a redelivery)
	 */
	record WebhookReceipt(boolean received, boolean applied) {

	}

}
