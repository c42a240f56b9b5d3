package io.mercato.accounts;

import java.util.List;
import java.util.UUID;

import io.mercato.shared.security.ClientInfo;
import io.mercato.shared.security.CurrentUser;

/**
 * Login sessions: each login opens one, holding a rotating refresh token, and every
 * access token names its session, so revoking a session refuses its access tokens at
 * once.
 */
public interface LoginSessions {

	/**
	 * Checks the credentials and opens a session. Unknown email and wrong password are
	 * refused alike and take the same time. When the user already has the maximum of
	 * active sessions, the oldest is revoked; concurrent logins of one user are
	 * serialized so the maximum holds.
	 * @param email the login
	 * @param password the password
	 * @param client where the request came from
	 * @return the tokens
	 * @throws AccountsException.InvalidCredentials for an unknown email or a wrong
	 * password
	 * @throws AccountsException.AccountInactive for a deactivated user
	 * @throws AccountsException.EmailNotVerified when verified addresses are required
	 */
	LoginResult login(String email, String password, ClientInfo client);

	/**
	 * Exchanges a refresh token for new tokens; the presented token is spent. Presenting
	 * a spent token again revokes its whole session, since one of its two holders stole
	 * it.
	 * @param refreshToken the refresh token
	 * @param client where the request came from
	 * @return the new tokens
	 * @throws AccountsException.InvalidRefreshToken when the token is unknown, expired,
	 * revoked or spent
	 */
	LoginResult refresh(String refreshToken, ClientInfo client);

	/**
	 * Revokes one session of the caller (their current one to log out); its access tokens
	 * are refused from then on.
	 * @param user the caller
	 * @param sessionId the session
	 * @throws AccountsException.SessionNotFound when the caller has no such active
	 * session
	 */
	void revoke(CurrentUser user, UUID sessionId);

	/**
	 * Revokes every session of the caller: logout everywhere.
	 * @param user the caller
	 */
	void revokeAll(CurrentUser user);

	/**
	 * Lists the caller's active sessions, oldest first, the request's own flagged as
	 * current.
	 * @param user the caller
	 * @return the sessions
	 */
	List<SessionView> activeSessions(CurrentUser user);

}
