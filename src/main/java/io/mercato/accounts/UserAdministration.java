package io.mercato.accounts;

import java.time.Instant;
import java.util.UUID;

import io.mercato.shared.security.ClientInfo;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * What admins do with users. Every change writes an audit log row naming the admin, the
 * action, the user and the admin's address.
 */
public interface UserAdministration {

	/**
	 * Lists users, newest first.
	 * @param role only this role, or all
	 * @param active only active or only inactive users, or all
	 * @param search a part of the email address or the name, or {@code null}
	 * @param page the page
	 * @return the page of users
	 */
	Page<UserView> users(@Nullable Role role, @Nullable Boolean active, @Nullable String search, Pageable page);

	/**
	 * Returns a customer.
	 * @param customerId the customer
	 * @return the customer
	 * @throws AccountsException.UserNotFound when there is no such customer
	 */
	UserView customer(UUID customerId);

	/**
	 * Creates a customer on someone's behalf (a phone order, say). Without a password the
	 * customer sets one through a password reset.
	 * @param admin the acting admin
	 * @param client where the admin acts from, kept in the audit log
	 * @param customer the customer's details
	 * @return the new customer
	 */
	UserView createCustomer(CurrentUser admin, ClientInfo client, CustomerDetails customer);

	/**
	 * Replaces a customer's details: an absent phone is cleared, an absent email or name
	 * refused; an absent {@code active} keeps the state. The password is not changed
	 * here.
	 * @param admin the acting admin
	 * @param client where the admin acts from, kept in the audit log
	 * @param customerId the customer
	 * @param details every field
	 * @return the customer
	 * @throws AccountsException.EmailTaken or {@link AccountsException.PhoneTaken} when
	 * another user has the address or number
	 */
	UserView replaceCustomer(CurrentUser admin, ClientInfo client, UUID customerId, CustomerDetails details);

	/**
	 * Changes the fields given of a customer's details; an absent field keeps its value,
	 * read in the same transaction that writes.
	 * @param admin the acting admin
	 * @param client where the admin acts from, kept in the audit log
	 * @param customerId the customer
	 * @param patch the fields to change
	 * @return the customer
	 * @throws AccountsException.EmailTaken or {@link AccountsException.PhoneTaken} as for
	 * {@link #replaceCustomer}
	 */
	UserView patchCustomer(CurrentUser admin, ClientInfo client, UUID customerId, CustomerDetails patch);

	/**
	 * Deletes a customer softly: the row stays for their orders, they can no longer log
	 * in and their address may register again.
	 * @param admin the acting admin
	 * @param client where the admin acts from, kept in the audit log
	 * @param customerId the customer
	 */
	void deleteCustomer(CurrentUser admin, ClientInfo client, UUID customerId);

	/**
	 * Deactivates a user and revokes their sessions. Publishes {@link UserDeactivated}
	 * when the user was active. The marketplace always keeps an active admin: no admin
	 * deactivates themselves, and the last active admin is not deactivated, even by
	 * admins racing to deactivate each other (they queue on the active admins' rows).
	 * Admins cannot be deleted or demoted through this interface, so these are the only
	 * ways to lose one.
	 * @param admin the acting admin
	 * @param client where the admin acts from, kept in the audit log
	 * @param userId the user
	 * @return the user
	 * @throws AccountsException.UserNotFound when there is no such user
	 * @throws AccountsException.CannotDeactivateSelf when the user is the acting admin
	 * @throws AccountsException.LastActiveAdmin when the user is the only active admin
	 */
	UserView deactivate(CurrentUser admin, ClientInfo client, UUID userId);

	/**
	 * Activates a user again. Publishes {@link UserActivated} when the user was inactive.
	 * @param admin the acting admin
	 * @param client where the admin acts from, kept in the audit log
	 * @param userId the user
	 * @return the user
	 */
	UserView activate(CurrentUser admin, ClientInfo client, UUID userId);

	/**
	 * Marks a shopkeeper verified or not. Publishes {@link ShopkeeperVerificationChanged}
	 * when the state changes; verifying a verified shop keeps who verified it and when.
	 * @param admin the acting admin
	 * @param client where the admin acts from, kept in the audit log
	 * @param shopkeeperId the shopkeeper
	 * @param verified the new state
	 * @return the shopkeeper
	 * @throws AccountsException.NotAShopkeeper when the user is no shopkeeper
	 */
	UserView verifyShopkeeper(CurrentUser admin, ClientInfo client, UUID shopkeeperId, boolean verified);

	/**
	 * Lists audit log rows, newest first.
	 * @param page the page
	 * @return the rows
	 */
	Page<AuditEntry> auditLog(Pageable page);

	/**
	 * Creates an admin unless one with this email exists (first start of a deployment, or
	 * the {@code create-admin} command).
	 * @param email the login
	 * @param password the password, held to the password policy
	 * @return whether a user was created
	 */
	boolean createAdminIfAbsent(String email, String password);

	/**
	 * A customer's details as an admin edits them.
	 *
	 * @param email the login
	 * @param password a password, optional on creation, ignored on change
	 * @param fullName the name
	 * @param phone the phone number in international format
	 * @param active whether the customer may log in ({@code null}: unchanged, or active)
	 */
	record CustomerDetails(@Nullable String email, @Nullable String password, @Nullable String fullName,
			@Nullable String phone, @Nullable Boolean active) {

	}

	/**
	 * One audit log row.
	 *
	 * @param id the row
	 * @param actorId the admin
	 * @param action what was done, such as {@code USER_DEACTIVATED}
	 * @param targetType the kind of object
	 * @param targetId the object
	 * @param ip the admin's address
	 * @param createdAt when
	 */
	record AuditEntry(UUID id, UUID actorId, String action, String targetType, UUID targetId, @Nullable String ip,
			Instant createdAt) {

	}

}
