package io.mercato.addresses;

import java.util.Optional;
import java.util.UUID;

/**
 * Addresses as other modules use them: an order copies the address it ships to, so that
 * later edits or a deletion of the address leave the order as it was placed.
 */
public interface AddressManagement {

	/**
	 * Returns a copy of one of the owner's live addresses, in one query.
	 * @param addressId the address
	 * @param ownerId the user who must own it
	 * @return the address, empty when unknown, deleted, or another user's
	 */
	Optional<AddressSnapshot> findAddress(UUID addressId, UUID ownerId);

}
