package io.mercato.payments;

import org.jspecify.annotations.Nullable;

import io.mercato.shared.domain.Money;

/**
 * A request to give money of an order back.
 *
 * @param amount how much, or {@code null} for everything the caller may still refund
 * @param reason why, 1 to 500 characters
 * @param restock whether shipped goods came back to the shop, so that their stock returns
 */
public record RefundOrder(@Nullable Money amount, String reason, boolean restock) {

}
