package io.mercato.ordering;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order moved along its status machine: published for every transition after the
 * placement, in the transaction that makes it.
 *
 * @param orderId the order
 * @param orderNumber its human number
 * @param userId the registered customer, or {@code null} for a guest
 * @param customerEmail where the order's messages go
 * @param shopkeeperIds who sells its lines
 * @param from the status before
 * @param to the status after
 * @param event what moved it
 * @param actor who moved it
 * @param reason why, where one was given
 */
public record OrderStatusChanged(UUID orderId, String orderNumber, @Nullable UUID userId, String customerEmail,
		Set<UUID> shopkeeperIds, OrderStatus from, OrderStatus to, OrderEvent event, OrderActor actor,
		@Nullable String reason) {

	public OrderStatusChanged {
		shopkeeperIds = Set.copyOf(shopkeeperIds);
	}

}
