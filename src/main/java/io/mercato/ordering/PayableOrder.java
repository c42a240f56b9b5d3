package io.mercato.ordering;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.mercato.shared.domain.Money;

/**
 * What the payments module needs of an order to take or record its payment.
 *
 * @param orderId the order
 * @param orderNumber its human number
 * @param status its status after the call that returned it
 * @param paymentMethod how the customer chose to pay
 * @param total what is to be paid
 * @param currency the ISO 4217 code of the total
 * @param userId the registered customer, or {@code null} for a guest
 * @param customerEmail where the order's messages go
 * @param shopkeeperIds who sells its lines
 */
public record PayableOrder(UUID orderId, String orderNumber, OrderStatus status, PaymentMethod paymentMethod,
		Money total, String currency, @Nullable UUID userId, String customerEmail, Set<UUID> shopkeeperIds) {

	public PayableOrder {
		shopkeeperIds = Set.copyOf(shopkeeperIds);
	}

	/** Whether the method is paid outside any gateway and recorded when received. */
	public boolean paidOffline() {
		return this.paymentMethod == PaymentMethod.BANK_TRANSFER || this.paymentMethod == PaymentMethod.CASH;
	}

}
