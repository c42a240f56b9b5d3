package io.mercato.payments;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A payment attempt failed: the gateway declined or failed, or an offline payment was
 * never received. The order is {@code FAILED} and may be paid again while its reservation
 * lasts.
 *
 * @param paymentId the payment
 * @param orderId its order
 * @param orderNumber the order's human number
 * @param userId the registered customer, or {@code null} for a guest
 * @param customerEmail where the order's messages go
 * @param failureCode why, as a stable code ({@code card_declined}, {@code gateway_error},
 * …)
 * @param failureMessage why, in words
 */
public record PaymentFailed(UUID paymentId, UUID orderId, String orderNumber, @Nullable UUID userId,
		String customerEmail, String failureCode, String failureMessage) {

}
