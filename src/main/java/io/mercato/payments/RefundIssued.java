package io.mercato.payments;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.mercato.shared.domain.Money;

/**
 * Money went back to a customer: the gateway confirmed a refund.
 *
 * @param refundId the refund
 * @param paymentId the payment refunded
 * @param orderId its order
 * @param orderNumber the order's human number
 * @param userId the registered customer, or {@code null} for a guest
 * @param customerEmail where the order's messages go
 * @param shopkeeperIds who sells the order's lines
 * @param amount what was given back
 * @param currency the ISO 4217 code of the amount
 * @param whole whether the payment is refunded in full now
 * @param reason why
 * @param automatic whether Mercato refunded by itself (a paid order cancelled, or paid
 * when its stock was gone) rather than a person asking
 */
public record RefundIssued(UUID refundId, UUID paymentId, UUID orderId, String orderNumber, @Nullable UUID userId,
		String customerEmail, Set<UUID> shopkeeperIds, Money amount, String currency, boolean whole, String reason,
		boolean automatic) {

	public RefundIssued {
		shopkeeperIds = Set.copyOf(shopkeeperIds);
	}

}
