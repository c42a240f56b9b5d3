package io.mercato.ordering;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.mercato.shared.domain.Money;

/**
 * An order's payment succeeded: the order is {@code CONFIRMED}, its payment status
 * {@code PAID}, and its reserved stock sold.
 *
 * @param orderId the order
 * @param orderNumber its human number
 * @param userId the registered customer, or {@code null} for a guest
 * @param customerEmail where the order's messages go
 * @param shopkeeperIds who sells its lines, and now has them to ship
 * @param total what was paid
 * @param currency the ISO 4217 code of the total
 */
public record OrderPaid(UUID orderId, String orderNumber, @Nullable UUID userId, String customerEmail,
		Set<UUID> shopkeeperIds, Money total, String currency) {

	public OrderPaid {
		shopkeeperIds = Set.copyOf(shopkeeperIds);
	}

}
