package io.mercato.payments;

import org.jspecify.annotations.Nullable;

import io.mercato.shared.domain.Money;

/**
 * A request to give money of an order back.
 *
 * @param amount how much, or {@code null} for everything the caller may still refund
 * @param reason why, 1 to 500 characters
 * @param restock whether shipped goods came back to the shop, so that their stock returns
 * @param requestKey the request's {@code Idempotency-Key}, or {@code null}: a refund
 * requested again under the same key is the same refund, never a second one
 */
public record RefundOrder(@Nullable Money amount, String reason, boolean restock, @Nullable String requestKey) {

}
