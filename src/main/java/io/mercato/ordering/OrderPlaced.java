package io.mercato.ordering;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.mercato.shared.domain.Money;

/**
 * An order was placed, its stock reserved and its promotion redeemed.
 *
 * @param orderId the order
 * @param orderNumber its human number
 * @param userId the registered customer, or {@code null} for a guest
 * @param customerEmail where the order's messages go
 * @param shopkeeperIds who sells its lines
 * @param total what it costs
 * @param currency the ISO 4217 code of the total
 */
public record OrderPlaced(UUID orderId, String orderNumber, @Nullable UUID userId, String customerEmail,
		Set<UUID> shopkeeperIds, Money total, String currency) {

	public OrderPlaced {
		shopkeeperIds = Set.copyOf(shopkeeperIds);
	}

}
