package io.mercato.inventory.internal;

/**
 * Where a reservation line stands; stored by name in {@code inventory.reservation.state}.
 * A line starts {@link #ACTIVE} and moves only as {@link #mayBecome} allows.
 */
enum ReservationState {

	/** Holds its units out of the available stock; becomes released or committed. */
	ACTIVE,

	/** Gave its units back; the reference may reserve again. */
	RELEASED,

	/** Became a sale: its units left the quantity on hand; may be returned. */
	COMMITTED,

	/** A sale that came back: its units returned to the quantity on hand. */
	RETURNED;

	/**
	 * Answers whether a line in this state may move to the other.
	 * @param next the state to move to
	 * @return {@code true} from active to released or committed, and from committed to
	 * returned
	 */
	boolean mayBecome(ReservationState next) {
		return switch (this) {
			case ACTIVE -> next == RELEASED || next == COMMITTED;
			case COMMITTED -> next == RETURNED;
			case RELEASED, RETURNED -> false;
		};
	}

}
