package io.mercato.ordering;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Lines of an order were handed to a carrier: published for every shipment, the last of
 * which moves the order to {@code SHIPPED}.
 *
 * @param orderId the order
 * @param orderNumber its human number
 * @param userId the registered customer, or {@code null} for a guest
 * @param customerEmail where the order's messages go
 * @param shopkeeperIds who sells the order's lines
 * @param itemIds the lines in this shipment
 * @param carrier who carries them
 * @param trackingNumber the carrier's tracking number
 * @param whole whether every line of the order has shipped now
 */
public record OrderShipped(UUID orderId, String orderNumber, @Nullable UUID userId, String customerEmail,
		Set<UUID> shopkeeperIds, List<UUID> itemIds, String carrier, String trackingNumber, boolean whole) {

	public OrderShipped {
		shopkeeperIds = Set.copyOf(shopkeeperIds);
		itemIds = List.copyOf(itemIds);
	}

}
