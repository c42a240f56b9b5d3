package io.mercato.accounts;

/**
 * A request the accounts module refuses, with the stable problem code the API answers.
 * The subclasses are the cases callers tell apart.
 */
public abstract class AccountsException extends RuntimeException {

	private final String code;

	protected AccountsException(String code, String message) {
		super(message);
		this.code = code;
	}

	/**
	 * Returns the problem code, such as {@code email_taken}.
	 * @return the code
	 */
	public String code() {
		return this.code;
	}

	/** The email address belongs to another user (409 {@code email_taken}). */
	public static class EmailTaken extends AccountsException {

		public EmailTaken() {
			super("email_taken", "An account with this email address exists already.");
		}

	}

	/** The phone number belongs to another user (409 {@code phone_taken}). */
	public static class PhoneTaken extends AccountsException {

		public PhoneTaken() {
			super("phone_taken", "An account with this phone number exists already.");
		}

	}

	/**
	 * Unknown email or wrong password, indistinguishably (401
	 * {@code invalid_credentials}).
	 */
	public static class InvalidCredentials extends AccountsException {

		public InvalidCredentials() {
			super("invalid_credentials", "The email address or the password is wrong.");
		}

	}

	/** The user was deactivated (403 {@code account_inactive}). */
	public static class AccountInactive extends AccountsException {

		public AccountInactive() {
			super("account_inactive", "This account is deactivated.");
		}

	}

	/**
	 * The shop requires verified email addresses and this one is not (403
	 * {@code email_not_verified}).
	 */
	public static class EmailNotVerified extends AccountsException {

		public EmailNotVerified() {
			super("email_not_verified", "Confirm your email address with the link we sent before logging in.");
		}

	}

	/**
	 * A refresh token that is unknown, expired, revoked or already spent (401
	 * {@code invalid_refresh_token}).
	 */
	public static class InvalidRefreshToken extends AccountsException {

		public InvalidRefreshToken() {
			super("invalid_refresh_token", "The refresh token is invalid, expired or already used; log in again.");
		}

	}

	/**
	 * A verification or reset token that is unknown, expired or used (400
	 * {@code invalid_token}).
	 */
	public static class InvalidOneTimeToken extends AccountsException {

		public InvalidOneTimeToken() {
			super("invalid_token", "The link is invalid, expired or already used; request a new one.");
		}

	}

	/** No such user, or not one the caller may see (404 {@code user_not_found}). */
	public static class UserNotFound extends AccountsException {

		public UserNotFound() {
			super("user_not_found", "There is no such user.");
		}

	}

	/** No such session of the caller (404 {@code session_not_found}). */
	public static class SessionNotFound extends AccountsException {

		public SessionNotFound() {
			super("session_not_found", "There is no such session.");
		}

	}

	/**
	 * The operation needs a shopkeeper and the user is none (409
	 * {@code not_a_shopkeeper}).
	 */
	public static class NotAShopkeeper extends AccountsException {

		public NotAShopkeeper() {
			super("not_a_shopkeeper", "This user is not a shopkeeper.");
		}

	}

	/**
	 * An admin tried to deactivate their own account (409
	 * {@code cannot_deactivate_self}).
	 */
	public static class CannotDeactivateSelf extends AccountsException {

		public CannotDeactivateSelf() {
			super("cannot_deactivate_self", "You cannot deactivate your own account; ask another admin.");
		}

	}

	/**
	 * Deactivating the user would leave no active admin to run the marketplace (409
	 * {@code last_active_admin}).
	 */
	public static class LastActiveAdmin extends AccountsException {

		public LastActiveAdmin() {
			super("last_active_admin", "This is the last active admin; activate or create another admin first.");
		}

	}

}
