package io.mercato.accounts;

import java.util.List;
import java.util.Map;

import io.mercato.shared.domain.DomainException;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.Problems;

/**
 * A request the accounts module refuses. The subclasses are the cases callers tell apart;
 * each names its kind of refusal and stable code in its constructor.
 */
public abstract class AccountsException extends DomainException {

	protected AccountsException(Refusal refusal, String code, String message) {
		super(refusal, code, message);
	}

	/** The email address belongs to another user (409 {@code email_taken}). */
	public static class EmailTaken extends AccountsException {

		public EmailTaken() {
			super(Refusal.CONFLICT, "email_taken", "An account with this email address exists already.");
		}

	}

	/** The phone number belongs to another user (409 {@code phone_taken}). */
	public static class PhoneTaken extends AccountsException {

		public PhoneTaken() {
			super(Refusal.CONFLICT, "phone_taken", "An account with this phone number exists already.");
		}

	}

	/**
	 * Unknown email or wrong password, indistinguishably (401
	 * {@code invalid_credentials}).
	 */
	public static class InvalidCredentials extends AccountsException {

		public InvalidCredentials() {
			super(Refusal.UNAUTHENTICATED, "invalid_credentials", "The email address or the password is wrong.");
		}

	}

	/** The user was deactivated (403 {@code account_inactive}). */
	public static class AccountInactive extends AccountsException {

		public AccountInactive() {
			super(Refusal.FORBIDDEN, "account_inactive", "This account is deactivated.");
		}

	}

	/**
	 * The shop requires verified email addresses and this one is not (403
	 * {@code email_not_verified}).
	 */
	public static class EmailNotVerified extends AccountsException {

		public EmailNotVerified() {
			super(Refusal.FORBIDDEN, "email_not_verified",
					"Confirm your email address with the link we sent before logging in.");
		}

	}

	/**
	 * A refresh token that is unknown, expired, revoked or already spent (401
	 * {@code invalid_refresh_token}).
	 */
	public static class InvalidRefreshToken extends AccountsException {

		public InvalidRefreshToken() {
			super(Refusal.UNAUTHENTICATED, "invalid_refresh_token",
					"The refresh token is invalid, expired or already used; log in again.");
		}

	}

	/**
	 * A verification or reset token that is unknown, expired or used (400
	 * {@code invalid_token}).
	 */
	public static class InvalidOneTimeToken extends AccountsException {

		public InvalidOneTimeToken() {
			super(Refusal.INVALID, "invalid_token", "The link is invalid, expired or already used; request a new one.");
		}

		@Override
		public Map<String, Object> details() {
			return Map.of(Problems.ERRORS, List.of(new InvalidField("token", "is invalid, expired or already used")));
		}

	}

	/** No such user, or not one the caller may see (404 {@code user_not_found}). */
	public static class UserNotFound extends AccountsException {

		public UserNotFound() {
			super(Refusal.NOT_FOUND, "user_not_found", "There is no such user.");
		}

	}

	/** No such session of the caller (404 {@code session_not_found}). */
	public static class SessionNotFound extends AccountsException {

		public SessionNotFound() {
			super(Refusal.NOT_FOUND, "session_not_found", "There is no such session.");
		}

	}

	/**
	 * The operation needs a shopkeeper and the user is none (409
	 * {@code not_a_shopkeeper}).
	 */
	public static class NotAShopkeeper extends AccountsException {

		public NotAShopkeeper() {
			super(Refusal.CONFLICT, "not_a_shopkeeper", "This user is not a shopkeeper.");
		}

	}

	/**
	 * An admin tried to deactivate their own account (409
	 * {@code cannot_deactivate_self}).
	 */
	public static class CannotDeactivateSelf extends AccountsException {

		public CannotDeactivateSelf() {
			super(Refusal.CONFLICT, "cannot_deactivate_self",
					"You cannot deactivate your own account; ask another admin.");
		}

	}

	/**
	 * Deactivating the user would leave no active admin to run the marketplace (409
	 * {@code last_active_admin}).
	 */
	public static class LastActiveAdmin extends AccountsException {

		public LastActiveAdmin() {
			super(Refusal.CONFLICT, "last_active_admin",
					"This is the last active admin; activate or create another admin first.");
		}

	}

}
