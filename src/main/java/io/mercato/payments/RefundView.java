package io.mercato.payments;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.mercato.shared.domain.Money;

/**
 * Money given back of a payment.
 *
 * @param id the refund
 * @param paymentId the payment it gives back from
 * @param orderId the order
 * @param amount how much
 * @param currency the ISO 4217 code of the amount
 * @param reason why
 * @param status {@code COMPLETED}: the gateway gave it back
 * @param gatewayReference the gateway's id of the refund
 * @param actor who refunded: {@code ADMIN}, {@code SHOPKEEPER} or {@code SYSTEM}
 * @param actorId the person who refunded, {@code null} for the system
 * @param restock whether shipped goods came back to the shop
 * @param createdAt when
 */
public record RefundView(UUID id, UUID paymentId, UUID orderId, Money amount, String currency, String reason,
		String status, @Nullable String gatewayReference, String actor, @Nullable UUID actorId, boolean restock,
		Instant createdAt) {

}
