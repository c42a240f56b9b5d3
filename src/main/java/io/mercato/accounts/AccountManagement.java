package io.mercato.accounts;

import java.util.Optional;
import java.util.UUID;

/**
 * Sign-up, email verification, profiles and passwords, and what other modules ask about
 * users. Invalid input is refused with
 * {@link io.mercato.shared.web.InvalidFieldsException} naming each field; nothing is
 * written then.
 */
public interface AccountManagement {

	/**
	 * Creates a customer or shopkeeper account and mails an email-verification link once
	 * the account is committed. Publishes {@link UserRegistered}.
	 * @param registration the sign-up
	 * @return the new user
	 * @throws AccountsException.EmailTaken or {@link AccountsException.PhoneTaken} when
	 * another user has the address or number
	 */
	UserView register(Registration registration);

	/**
	 * Confirms an email address with the token from the mailed link; the token is spent.
	 * @param token the token
	 * @throws AccountsException.InvalidOneTimeToken when it is unknown, expired or used
	 */
	void verifyEmail(String token);

	/**
	 * Mails a new verification link when the address belongs to an active, unverified
	 * user; does nothing otherwise, so that the answer reveals no account.
	 * @param email the address
	 */
	void resendEmailVerification(String email);

	/**
	 * Returns a user with their profile.
	 * @param userId the user
	 * @return the user
	 * @throws AccountsException.UserNotFound when there is none
	 */
	UserView profile(UUID userId);

	/**
	 * Changes the editable fields of the user's own profile (never email or role).
	 * @param userId the user
	 * @param change the new values
	 * @return the updated user
	 * @throws AccountsException.PhoneTaken when another user has the number
	 * @throws io.mercato.shared.web.InvalidFieldsException for invalid fields, and for a
	 * shop name or tax number of a user who has no shop (customers, admins)
	 */
	UserView changeProfile(UUID userId, ProfileChange change);

	/**
	 * Changes the password after checking the current one; every other session of the
	 * user is revoked.
	 * @param userId the user
	 * @param currentSessionId the session that stays logged in
	 * @param currentPassword the password now
	 * @param newPassword the new password
	 * @param newPasswordConfirm the new password again
	 */
	void changePassword(UUID userId, UUID currentSessionId, String currentPassword, String newPassword,
			String newPasswordConfirm);

	/**
	 * Mails a password-reset link when the address belongs to an active user; does
	 * nothing otherwise, so that the answer reveals no account.
	 * @param email the address
	 */
	void requestPasswordReset(String email);

	/**
	 * Sets a new password with the token from the mailed link; the token is spent and
	 * every session of the user revoked.
	 * @param token the token
	 * @param newPassword the new password
	 * @param newPasswordConfirm the new password again
	 * @throws AccountsException.InvalidOneTimeToken when the token is unknown, expired or
	 * used
	 */
	void resetPassword(String token, String newPassword, String newPasswordConfirm);

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

}
