package io.mercato.payments.internal;

import io.mercato.ordering.OrderCancelled;
import io.mercato.ordering.OrderManagement;
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

	private final OrderManagement orders;

	private final PaymentRepository payments;

	CancelledOrderRefunds(PaymentService service, OrderManagement orders, PaymentRepository payments) {
		this.service = service;
		this.orders = orders;
		this.payments = payments;
	}

	@ApplicationModuleListener
	void on(OrderCancelled event) {
		// not only when the order was paid in full: one refunded in part keeps the rest
		// otherwise; a payment with nothing left to refund is passed over
		Recipients recipients = new Recipients(event.userId(), event.customerEmail(), event.shopkeeperIds());
		// the order's row lock before the payments', as every payment step takes them
		this.orders.holdForPayment(event.orderId());
		this.payments.findTakenForUpdate(event.orderId())
			.forEach((payment) -> this.service.refundInFull(payment, event.reason(), recipients, true));
	}

}
