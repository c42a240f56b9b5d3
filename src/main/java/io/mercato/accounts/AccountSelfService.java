package io.mercato.accounts;

import io.mercato.shared.security.CurrentUser;

/**
 * A user's own account: sign-up, email verification, profile and password. Invalid input
 * is refused with {@link io.mercato.shared.web.InvalidFieldsException} naming each field;
 * nothing is written then.
 */
public interface AccountSelfService {

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
	 * Returns the caller with their profile.
	 * @param user the caller
	 * @return the user
	 * @throws AccountsException.UserNotFound when the user was deleted since logging in
	 */
	UserView profile(CurrentUser user);

	/**
	 * Replaces the editable fields of the caller's own profile (never email or role): an
	 * absent optional field is cleared, an absent required one (a customer's name, a
	 * shop's name) refused.
	 * @param user the caller
	 * @param profile every editable field
	 * @return the updated user
	 * @throws AccountsException.PhoneTaken when another user has the number
	 * @throws io.mercato.shared.web.InvalidFieldsException for invalid fields, and for a
	 * shop name or tax number of a user who has no shop (customers, admins)
	 */
	UserView replaceProfile(CurrentUser user, ProfileChange profile);

	/**
	 * Changes the fields given of the caller's own profile; an absent field keeps its
	 * value, read in the same transaction that writes.
	 * @param user the caller
	 * @param patch the fields to change
	 * @return the updated user
	 * @throws AccountsException.PhoneTaken when another user has the number
	 * @throws io.mercato.shared.web.InvalidFieldsException as for {@link #replaceProfile}
	 */
	UserView patchProfile(CurrentUser user, ProfileChange patch);

	/**
	 * Changes the caller's password after checking the current one; every other session
	 * of the user is revoked, the caller's own stays.
	 * @param user the caller
	 * @param currentPassword the password now
	 * @param newPassword the new password
	 * @param newPasswordConfirm the new password again
	 */
	void changePassword(CurrentUser user, String currentPassword, String newPassword, String newPasswordConfirm);

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

}
