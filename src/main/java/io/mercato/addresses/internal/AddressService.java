package io.mercato.addresses.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.mercato.addresses.AddressBook;
import io.mercato.addresses.AddressDraft;
import io.mercato.addresses.AddressManagement;
import io.mercato.addresses.AddressPatch;
import io.mercato.addresses.AddressSnapshot;
import io.mercato.addresses.AddressType;
import io.mercato.addresses.AddressView;
import io.mercato.addresses.AddressesException;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users' addresses: their own address book, and the copies orders take.
 * <p>
 * Every change first takes a transaction-scoped advisory lock on its owner and then reads
 * all of the owner's live addresses (at most {@value AddressBook#MAX_ADDRESSES}) in one
 * query, so the limit, the single default per type and the address itself are decided on
 * what the previous change of the same owner committed. The partial unique index
 * {@code address_default_key} stands behind the single default.
 */
@Service
@Transactional
class AddressService implements AddressBook, AddressManagement {

	// the order in which a list shows addresses, and the newest first among the rest
	private static final Comparator<Address> NEWEST_FIRST = Comparator.comparing(Address::getCreatedAt)
		.thenComparing(Address::getId)
		.reversed();

	private final AddressRepository addresses;

	private final AddressRules rules;

	private final JdbcClient jdbc;

	AddressService(AddressRepository addresses, AddressRules rules, JdbcClient jdbc) {
		this.addresses = addresses;
		this.rules = rules;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AddressSnapshot> findAddress(UUID addressId, UUID ownerId) {
		return this.addresses.findByIdAndOwnerId(addressId, ownerId).map(Address::toSnapshot);
	}

	@Override
	public AddressDraft checkAddress(String field, AddressDraft draft) {
		AddressType type = (draft.type() != null) ? draft.type() : AddressType.SHIPPING;
		try {
			return this.rules.check(new AddressDraft(type, draft.fullName(), draft.line1(), draft.line2(), draft.city(),
					draft.region(), draft.postalCode(), draft.country(), draft.phone()));
		}
		catch (InvalidFieldsException ex) {
			throw new InvalidFieldsException(ex.errors()
				.stream()
				.map((error) -> new InvalidField(field + "." + error.field(), error.message()))
				.toList());
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<AddressView> addresses(CurrentUser caller, AddressType type) {
		List<Address> found = (type != null) ? this.addresses.list(caller.id(), type)
				: this.addresses.list(caller.id());
		return found.stream().map(Address::toView).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public AddressView address(CurrentUser caller, UUID addressId) {
		return this.addresses.findByIdAndOwnerId(addressId, caller.id())
			.map(Address::toView)
			.orElseThrow(AddressesException.AddressNotFound::new);
	}

	@Override
	public AddressView createAddress(CurrentUser caller, AddressDraft draft, Boolean makeDefault) {
		AddressDraft checked = this.rules.check(draft);
		List<Address> book = lockedBook(caller.id());
		if (book.size() >= MAX_ADDRESSES) {
			throw new AddressesException.AddressLimitReached(MAX_ADDRESSES);
		}
		Address address = new Address(caller.id(), checked);
		boolean becomesDefault = (makeDefault != null) ? makeDefault : defaultOf(book, checked.type()) == null;
		if (becomesDefault) {
			takeDefault(book, address);
		}
		return this.addresses.saveAndFlush(address).toView();
	}

	@Override
	public AddressView replaceAddress(CurrentUser caller, UUID addressId, AddressDraft draft) {
		AddressDraft checked = this.rules.check(draft);
		List<Address> book = lockedBook(caller.id());
		return change(book, find(book, addressId), checked);
	}

	@Override
	public AddressView patchAddress(CurrentUser caller, UUID addressId, AddressPatch patch) {
		List<Address> book = lockedBook(caller.id());
		Address address = find(book, addressId);
		return change(book, address, this.rules.check(patch.applyTo(address.toDraft())));
	}

	@Override
	public AddressView makeDefault(CurrentUser caller, UUID addressId) {
		List<Address> book = lockedBook(caller.id());
		Address address = find(book, addressId);
		if (!address.isDefault()) {
			takeDefault(book, address);
		}
		return this.addresses.saveAndFlush(address).toView();
	}

	@Override
	public void deleteAddress(CurrentUser caller, UUID addressId) {
		List<Address> book = lockedBook(caller.id());
		Address address = find(book, addressId);
		this.addresses.delete(address);
		this.addresses.flush();
		if (address.isDefault()) {
			promoteNewest(book, address.getType(), address);
		}
	}

	/**
	 * Applies checked fields; a change of type gives up the old type's default and takes
	 * the new type's only when it has none.
	 */
	private AddressView change(List<Address> book, Address address, AddressDraft checked) {
		AddressType before = address.getType();
		if (checked.type() != before) {
			boolean wasDefault = address.isDefault();
			Address newTypesDefault = defaultOf(book, checked.type());
			address.unmarkDefault();
			address.change(checked);
			this.addresses.saveAndFlush(address);
			if (wasDefault) {
				promoteNewest(book, before, address);
			}
			if (newTypesDefault == null) {
				address.markDefault();
			}
		}
		else {
			address.change(checked);
		}
		return this.addresses.saveAndFlush(address).toView();
	}

	/**
	 * Moves the default of the address's type to it: the old default gives up the flag
	 * first, flushed, so that the partial unique index never sees two.
	 */
	private void takeDefault(List<Address> book, Address address) {
		Address current = defaultOf(book, address.getType());
		if (current != null && !current.equals(address)) {
			current.unmarkDefault();
			this.addresses.saveAndFlush(current);
		}
		address.markDefault();
	}

	/**
	 * Makes the newest live address of the type, other than {@code leaving}, the default.
	 */
	private void promoteNewest(List<Address> book, AddressType type, Address leaving) {
		book.stream()
			.filter((other) -> !other.equals(leaving) && other.getType() == type)
			.min(NEWEST_FIRST)
			.ifPresent((newest) -> {
				newest.markDefault();
				this.addresses.saveAndFlush(newest);
			});
	}

	/**
	 * Waits for the owner's other address changes to commit, then reads the owner's live
	 * addresses. The lock is PostgreSQL's transaction-scoped advisory lock on the pair
	 * (this table, the owner): it works even while the owner has no address to lock, and
	 * is released at commit or rollback.
	 */
	private List<Address> lockedBook(UUID ownerId) {
		this.jdbc.sql("select 1 from pg_advisory_xact_lock(hashtext('addresses.address'), hashtext(cast(? as text)))")
			.param(ownerId)
			.query(Integer.class)
			.single();
		return this.addresses.list(ownerId);
	}

	private static Address find(List<Address> book, UUID addressId) {
		return book.stream()
			.filter((address) -> address.getId().equals(addressId))
			.findFirst()
			.orElseThrow(AddressesException.AddressNotFound::new);
	}

	private static Address defaultOf(List<Address> book, AddressType type) {
		return book.stream()
			.filter((address) -> address.getType() == type && address.isDefault())
			.findFirst()
			.orElse(null);
	}

}
