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

	/**
	 * Checks and normalises an address given inline rather than from the address book (a
	 * guest's at checkout), by the address book's rules: trimmed, the country upper case,
	 * the postal code in the country's format, the phone in E.164. Reads nothing.
	 * @param field the JSON field that holds the address, such as
	 * {@code shipping_address}; every field error is named under it
	 * ({@code shipping_address.postal_code})
	 * @param draft the fields; the type is not checked
	 * @return the checked fields
	 * @throws io.mercato.shared.web.InvalidFieldsException naming every field that breaks
	 * a rule
	 */
	AddressDraft checkAddress(String field, AddressDraft draft);

}
