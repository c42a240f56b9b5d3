package io.mercato.accounts;

import java.util.List;
import java.util.UUID;

/**
 * Login sessions: each login opens one, holding a rotating refresh token, and every
 * access token names its session, so revoking a session refuses its access tokens at
 * once.
 */
public interface SessionManagement {

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
	 * Revokes one session of the user; its access tokens are refused from then on.
	 * @param userId the user
	 * @param sessionId the session
	 * @throws AccountsException.SessionNotFound when the user has no such active session
	 */
	void revoke(UUID userId, UUID sessionId);

	/**
	 * Revokes every session of the user.
	 * @param userId the user
	 */
	void revokeAll(UUID userId);

	/**
	 * Lists the user's active sessions, oldest first.
	 * @param userId the user
	 * @param currentSessionId the session of the request, flagged as current
	 * @return the sessions
	 */
	List<SessionView> activeSessions(UUID userId, UUID currentSessionId);

}
