package io.mercato.inventory;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One row of a product's stock ledger. For every product the sums of
 * {@code deltaQuantity} and {@code deltaReserved} equal its quantity and reserved units.
 *
 * @param id the movement
 * @param productId the product
 * @param deltaQuantity the change of the quantity on hand
 * @param deltaReserved the change of the reserved units
 * @param reason why
 * @param reference what it belongs to (an order id), or {@code null}
 * @param note the shopkeeper's words, or {@code null}
 * @param actorId the user who made the change, or {@code null} when another module did
 * @param createdAt when
 */
public record StockMovement(UUID id, UUID productId, int deltaQuantity, int deltaReserved, MovementReason reason,
		@Nullable String reference, @Nullable String note, @Nullable UUID actorId, Instant createdAt) {

}
