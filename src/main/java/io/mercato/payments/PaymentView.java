package io.mercato.payments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.mercato.ordering.PaymentMethod;
import io.mercato.shared.domain.Money;

/**
 * One attempt to take an order's money, with what was given back of it. Holds no card
 * data: the gateway's answer is kept as the gateway gave it, and it is not shown here.
 *
 * @param id the payment
 * @param orderId the order
 * @param orderNumber the order's human number
 * @param method how it is paid
 * @param status where it is
 * @param amount what was (or is to be) taken
 * @param refundedAmount what was given back of it so far
 * @param currency the ISO 4217 code of the amounts
 * @param gateway the gateway's name, {@code offline} for cash and bank transfer
 * @param transactionId the gateway's id of the charge
 * @param failureCode why it failed, as a stable code ({@code card_declined},
 * {@code gateway_error}, …)
 * @param failureMessage why it failed, in words
 * @param attempts how many times the gateway was asked about it
 * @param paidAt when the money was taken
 * @param createdAt when the attempt started
 * @param refunds what was given back, oldest first
 */
public record PaymentView(UUID id, UUID orderId, String orderNumber, PaymentMethod method, PaymentStatus status,
		Money amount, Money refundedAmount, String currency, String gateway, @Nullable String transactionId,
		@Nullable String failureCode, @Nullable String failureMessage, int attempts, @Nullable Instant paidAt,
		Instant createdAt, List<RefundView> refunds) {

	public PaymentView {
		refunds = List.copyOf(refunds);
	}

}
