package io.mercato.ordering;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order reached its customer: it is {@code DELIVERED}.
 *
 * @param orderId the order
 * @param orderNumber its human number
 * @param userId the registered customer, or {@code null} for a guest
 * @param customerEmail where the order's messages go
 * @param shopkeeperIds who sells its lines
 */
public record OrderDelivered(UUID orderId, String orderNumber, @Nullable UUID userId, String customerEmail,
		Set<UUID> shopkeeperIds) {

	public OrderDelivered {
		shopkeeperIds = Set.copyOf(shopkeeperIds);
	}

}
