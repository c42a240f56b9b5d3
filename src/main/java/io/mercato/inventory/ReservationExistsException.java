package io.mercato.inventory;

/**
 * The reference already holds a reservation that is active, committed or returned (409
 * {@code reservation_exists}); a reference reserves once, and again only after its
 * reservation was released.
 */
public class ReservationExistsException extends InventoryException {

	/**
	 * Creates the exception.
	 * @param reference the reference
	 */
	public ReservationExistsException(String reference) {
		super(Refusal.CONFLICT, "reservation_exists", "The reference " + reference + " already holds a reservation.");
	}

}
