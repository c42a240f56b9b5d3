package io.mercato.ordering;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an order's history.
 *
 * @param from the status before, or {@code null} for the placement
 * @param to the status after
 * @param actor who caused it
 * @param actorId the user who caused it, or {@code null} for the system or a guest
 * @param reason why, where one was given
 * @param at when
 */
public record OrderStatusChange(@Nullable OrderStatus from, OrderStatus to, OrderActor actor, @Nullable UUID actorId,
		@Nullable String reason, Instant at) {

}
