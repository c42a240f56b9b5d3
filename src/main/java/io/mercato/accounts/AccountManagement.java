package io.mercato.accounts;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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

}
