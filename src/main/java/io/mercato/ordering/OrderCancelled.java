package io.mercato.ordering;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order was cancelled (by a person, or by the expiry job with reason {@code expired}).
 * Its reserved stock is back, or its sold stock returned, and its promotion use is given
 * back. The payments module refunds a paid one when it hears this.
 *
 * @param orderId the order
 * @param orderNumber its human number
 * @param userId the registered customer, or {@code null} for a guest
 * @param customerEmail where the order's messages go
 * @param shopkeeperIds who sells its lines
 * @param paid whether it had been paid, so that a refund is due
 * @param reason why it was cancelled
 */
public record OrderCancelled(UUID orderId, String orderNumber, @Nullable UUID userId, String customerEmail,
		Set<UUID> shopkeeperIds, boolean paid, String reason) {

	public OrderCancelled {
		shopkeeperIds = Set.copyOf(shopkeeperIds);
	}

}
