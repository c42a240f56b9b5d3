package io.mercato.inventory.internal;

/**
 * Where a reservation line stands; stored by name in {@code inventory.reservation.state}.
 */
enum ReservationState {

	/** Holds its units out of the available stock. */
	ACTIVE,

	/** Gave its units back; the reference may reserve again. */
	RELEASED,

	/** Became a sale: its units left the quantity on hand. */
	COMMITTED

}
