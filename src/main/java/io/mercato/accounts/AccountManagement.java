package io.mercato.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What other modules ask the accounts module about users. The user's own account is
 * {@link AccountSelfService}, sessions are {@link LoginSessions}, and admins' work is
 * {@link UserAdministration}; no other module calls those.
 */
public interface AccountManagement {

	/**
	 * Returns a user for another module, such as the owner of a product.
	 * @param userId the user
	 * @return the user, empty when unknown or deleted
	 */
	Optional<UserView> findUser(UUID userId);

	/**
	 * Whether the user is an active shopkeeper an admin has verified, as listing products
	 * requires.
	 * @param userId the user
	 * @return {@code true} for a verified, active shopkeeper
	 */
	boolean isVerifiedShopkeeper(UUID userId);

	/**
	 * Which of the users are active shopkeepers an admin has verified, in one query.
	 * @param userIds the users
	 * @return those among them that are verified, active shopkeepers
	 */
	Set<UUID> verifiedShopkeepers(Collection<UUID> userIds);

	/**
	 * Returns the admins who may act now, such as those to tell of money the marketplace
	 * gave back by itself.
	 * @return the ids of the active admins, in id order, in one query
	 */
	List<UUID> activeAdminIds();

	/**
	 * Reads a phone number as the accounts module reads users' numbers (libphonenumber)
	 * and returns it in E.164, so that other modules store numbers in the same form.
	 * Touches no database.
	 * @param phone the number as typed, such as {@code +1 415 555-0123} or
	 * {@code 0151 23456789}
	 * @param region the ISO 3166-1 alpha-2 country (upper case) in which a number without
	 * {@code +} and country code is read, or {@code null} to accept only international
	 * numbers
	 * @return the number in E.164 ({@code +14155550123}), empty when it is no valid
	 * number of the region or of the country its prefix names
	 */
	Optional<String> phoneNumberInE164(String phone, @Nullable String region);

}
