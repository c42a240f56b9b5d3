package io.mercato.addresses;

import java.util.UUID;

import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.shared.domain.Ids;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reaches address states through the module's API, for the addresses' own tests and for
 * later modules (a cart or checkout needs a shipping address of its customer): <pre>
 * AddressView home = AddressesFixtures.of(context).address(customer);
 * </pre>
 */
public class AddressesFixtures {

	private final AddressBook addressBook;

	private final JdbcClient jdbc;

	/** The fixtures over the beans of a test's application context. */
	public static AddressesFixtures of(ApplicationContext context) {
		return new AddressesFixtures(context.getBean(AddressBook.class), context.getBean(JdbcClient.class));
	}

	public AddressesFixtures(AddressBook addressBook, JdbcClient jdbc) {
		this.addressBook = addressBook;
		this.jdbc = jdbc;
	}

	/**
	 * A caller no account stands behind: addresses name their owner by id only, so a
	 * module test needs no registration.
	 */
	public static CurrentUser user() {
		return new CurrentUser(Ids.newId(), Role.CUSTOMER, UUID.randomUUID());
	}

	/**
	 * A shipping address in Berlin of a logged-in user (of any role: addresses do not
	 * depend on it), for API tests; the default when the user has none.
	 */
	public AddressView address(Session session) {
		return address(new CurrentUser(session.userId(), Role.CUSTOMER, session.sessionId()));
	}

	/** A shipping address of the user in Berlin; the default when the user has none. */
	public AddressView address(CurrentUser user) {
		return address(user, AddressType.SHIPPING);
	}

	/** An address of the type in Berlin; the default of its type when there is none. */
	public AddressView address(CurrentUser user, AddressType type) {
		return this.addressBook.createAddress(user, draft(type), null);
	}

	/**
	 * An address of the type, with the default as asked ({@code null}: as the module
	 * decides).
	 */
	public AddressView address(CurrentUser user, AddressType type, Boolean makeDefault) {
		return this.addressBook.createAddress(user, draft(type), makeDefault);
	}

	/** A valid German address of the type, with every optional field given. */
	public static AddressDraft draft(AddressType type) {
		return new AddressDraft(type, "Ada Lovelace", "Unter den Linden 77", "3. OG", "Berlin", "Berlin", "10117", "DE",
				"+49 30 901820");
	}

	/** Whether the address's row is still there, deleted or not: deletes are soft. */
	public boolean rowExists(UUID addressId) {
		return this.jdbc.sql("select exists (select 1 from addresses.address where id = ?)")
			.param(addressId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Asserts the module's invariants over every owner, in one query: at most one live
	 * default per owner and type, at most {@value AddressBook#MAX_ADDRESSES} live
	 * addresses per owner.
	 */
	public void assertInvariants() {
		long broken = this.jdbc.sql("""
				select count(*) from (
				    select owner_id from addresses.address where deleted_at is null group by owner_id
				    having count(*) > ? or count(*) filter (where is_default and type = 'SHIPPING') > 1
				        or count(*) filter (where is_default and type = 'BILLING') > 1) as broken""")
			.param(AddressBook.MAX_ADDRESSES)
			.query(Long.class)
			.single();
		if (broken > 0) {
			throw new AssertionError(broken + " owner(s) with more than one default of a type or too many addresses");
		}
	}

}
