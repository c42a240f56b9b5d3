package io.mercato.addresses;

import java.util.List;
import java.util.UUID;

import io.mercato.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * A user's own addresses, as the module's HTTP adapter serves them to their owner; other
 * modules use {@link AddressManagement}. Every user, whatever their role, keeps their own
 * and no one else's: another user's address answers
 * {@link AddressesException.AddressNotFound}, as an unknown one does.
 * <p>
 * A user keeps at most {@value #MAX_ADDRESSES} live addresses and at most one default of
 * each {@link AddressType}. An address added while its type has no default becomes the
 * default unless told otherwise; a new default takes the place of the old one; deleting
 * the default makes the newest remaining address of its type the default. Changes of one
 * user's addresses are serialised (a lock per user, held until the change commits), so
 * the limit and the single default hold against concurrent requests too. Invalid values
 * are refused with {@link io.mercato.shared.web.InvalidFieldsException}, naming every
 * rejected field as the JSON names it.
 */
public interface AddressBook {

	/** The most live addresses one user may keep. */
	int MAX_ADDRESSES = 20;

	/**
	 * Lists the caller's live addresses: defaults first, then newest first, in one query.
	 * @param caller the owner
	 * @param type only addresses of this type, or {@code null} for all
	 * @return at most {@value #MAX_ADDRESSES} addresses
	 */
	List<AddressView> addresses(CurrentUser caller, @Nullable AddressType type);

	/**
	 * Returns one of the caller's live addresses, in one query.
	 * @param caller the owner
	 * @param addressId the address
	 * @return the address
	 * @throws AddressesException.AddressNotFound when unknown, deleted or another user's
	 */
	AddressView address(CurrentUser caller, UUID addressId);

	/**
	 * Adds an address.
	 * @param caller the owner to be
	 * @param draft its fields
	 * @param makeDefault {@code true} to make it the default of its type in place of the
	 * current one, {@code false} to leave the default as it is, {@code null} to make it
	 * the default only when its type has none
	 * @return the address as stored
	 * @throws AddressesException.AddressLimitReached when the caller keeps
	 * {@value #MAX_ADDRESSES} live addresses already
	 */
	AddressView createAddress(CurrentUser caller, AddressDraft draft, @Nullable Boolean makeDefault);

	/**
	 * Replaces every field of an address, clearing the optional ones the draft leaves
	 * out. Whether it is the default stays, unless its type changes: then it gives up the
	 * default of its old type (to the newest other address of that type, as a deletion
	 * would) and becomes the default of the new type only when that type has none.
	 * @param caller the owner
	 * @param addressId the address
	 * @param draft its fields
	 * @return the address as stored
	 * @throws AddressesException.AddressNotFound when unknown, deleted or another user's
	 */
	AddressView replaceAddress(CurrentUser caller, UUID addressId, AddressDraft draft);

	/**
	 * Changes the fields a patch gives, merged onto the address as it is inside the
	 * writing transaction; the default follows a change of type as for
	 * {@link #replaceAddress}.
	 * @param caller the owner
	 * @param addressId the address
	 * @param patch the fields to change; {@code null} ones stay as they are
	 * @return the address as stored
	 * @throws AddressesException.AddressNotFound when unknown, deleted or another user's
	 */
	AddressView patchAddress(CurrentUser caller, UUID addressId, AddressPatch patch);

	/**
	 * Makes an address the default of its type; the previous default stops being one.
	 * Idempotent.
	 * @param caller the owner
	 * @param addressId the address
	 * @return the address as stored
	 * @throws AddressesException.AddressNotFound when unknown, deleted or another user's
	 */
	AddressView makeDefault(CurrentUser caller, UUID addressId);

	/**
	 * Deletes an address, softly: it leaves lists and
	 * {@link AddressManagement#findAddress} at once, and orders that copied it keep their
	 * copy. When it was the default, the newest remaining address of its type becomes the
	 * default.
	 * @param caller the owner
	 * @param addressId the address
	 * @throws AddressesException.AddressNotFound when unknown, already deleted or another
	 * user's
	 */
	void deleteAddress(CurrentUser caller, UUID addressId);

}
