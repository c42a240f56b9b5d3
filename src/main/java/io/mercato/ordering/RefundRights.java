package io.mercato.ordering;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.mercato.shared.domain.Money;

/**
 * How much of an order a caller may give back: an admin the whole total, a shopkeeper the
 * share of the total their lines make (their lines, and the discount, shipping and tax
 * allocated to them).
 *
 * @param orderId the order
 * @param orderNumber its human number
 * @param actor who refunds: {@link OrderActor#ADMIN} or {@link OrderActor#SHOPKEEPER}
 * @param shopkeeperId the refunding shopkeeper, or {@code null} for an admin
 * @param limit the most the caller may refund in all, before what was refunded already
 * @param wholeOrder whether the caller acts for the whole order: an admin, or the
 * shopkeeper of every line
 * @param status the order's status
 * @param userId the registered customer, or {@code null} for a guest
 * @param customerEmail where the order's messages go
 * @param shopkeeperIds who sells its lines
 */
public record RefundRights(UUID orderId, String orderNumber, OrderActor actor, @Nullable UUID shopkeeperId, Money limit,
		boolean wholeOrder, OrderStatus status, @Nullable UUID userId, String customerEmail, Set<UUID> shopkeeperIds) {

	public RefundRights {
		shopkeeperIds = Set.copyOf(shopkeeperIds);
	}

}
