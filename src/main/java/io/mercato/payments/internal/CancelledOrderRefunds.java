package io.mercato.payments.internal;

import io.mercato.ordering.OrderCancelled;
import io.mercato.payments.internal.Payment.Recipients;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Gives a cancelled order's money back: an order cancelled after it was paid, and one
 * whose payment came when it could no longer take it. Heard through the event publication
 * registry, so a refund due is never lost; a second delivery finds nothing left to refund
 * and does nothing.
 */
@Component
class CancelledOrderRefunds {

	private final PaymentService service;

	private final PaymentRepository payments;

	CancelledOrderRefunds(PaymentService service, PaymentRepository payments) {
		this.service = service;
		this.payments = payments;
	}

	@ApplicationModuleListener
	void on(OrderCancelled event) {
		if (!event.paid()) {
			return;
		}
		Recipients recipients = new Recipients(event.userId(), event.customerEmail(), event.shopkeeperIds());
		this.payments.findTakenForUpdate(event.orderId())
			.forEach((payment) -> this.service.refundInFull(payment, event.reason(), recipients, true));
	}

}
