package io.mercato.payments.internal;

import java.util.HexFormat;

import org.springframework.context.ApplicationContext;

/**
 * Runs the payments module's periodic jobs from tests of other packages, and reads what
 * the simulated gateway saw.
 */
public final class PaymentJobs {

	private PaymentJobs() {
	}

	/** Runs the reconciliation job once; returns how many payments it resolved. */
	public static int reconcile(ApplicationContext context) {
		return context.getBean(PaymentReconciliation.class).reconcile();
	}

	/** How many charges the simulated gateway was asked for since the start. */
	public static int simulatedCharges(ApplicationContext context) {
		return context.getBean(SimulatedGateway.class).chargeCount();
	}

	/** The HMAC-SHA256 signature header of a webhook body, as a gateway computes it. */
	public static String signature(String secret, long unixSeconds, byte[] body) {
		return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(WebhookService.sign(secret, unixSeconds, body));
	}

}
