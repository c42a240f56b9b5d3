package io.mercato.addresses;

import io.mercato.shared.domain.DomainException;

/**
 * A request the addresses module refuses. The subclasses are the cases callers tell
 * apart; each names its kind of refusal and stable code in its constructor.
 */
public abstract class AddressesException extends DomainException {

	protected AddressesException(Refusal refusal, String code, String message) {
		super(refusal, code, message);
	}

	/**
	 * No such address of the caller: unknown, deleted, or another user's (404
	 * {@code address_not_found}).
	 */
	public static class AddressNotFound extends AddressesException {

		public AddressNotFound() {
			super(Refusal.NOT_FOUND, "address_not_found", "There is no such address.");
		}

	}

	/**
	 * The caller keeps the most live addresses a user may have (409
	 * {@code address_limit_reached}); deleting one makes room.
	 */
	public static class AddressLimitReached extends AddressesException {

		public AddressLimitReached(int limit) {
			super(Refusal.CONFLICT, "address_limit_reached",
					"You have " + limit + " addresses, the most you may keep; delete one to add another.");
		}

	}

}
