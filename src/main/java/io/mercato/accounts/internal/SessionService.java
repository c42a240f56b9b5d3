package io.mercato.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.mercato.shared.security.SecretTokens;
import io.mercato.accounts.AccountsException;
import io.mercato.shared.security.ClientInfo;
import io.mercato.accounts.LoginResult;
import io.mercato.accounts.LoginSessions;
import io.mercato.accounts.SessionView;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class SessionService implements LoginSessions {

	// last activity is written at most this often, not on every request
	private static final Duration ACTIVITY_RESOLUTION = Duration.ofMinutes(1);

	private static final int MAX_USER_AGENT = 512;

	private final UserRepository users;

	private final LoginSessionRepository sessions;

	private final SpentRefreshTokenRepository spentTokens;

	private final PasswordEncoder passwordEncoder;

	private final AccessTokens accessTokens;

	private final AccountsSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	// compared against when the email is unknown, so that both answers take as long
	private final String unknownUserHash;

	SessionService(UserRepository users, LoginSessionRepository sessions, SpentRefreshTokenRepository spentTokens,
			PasswordEncoder passwordEncoder, AccessTokens accessTokens, AccountsSettings settings, JdbcClient jdbc,
			Clock clock) {
		this.users = users;
		this.sessions = sessions;
		this.spentTokens = spentTokens;
		this.passwordEncoder = passwordEncoder;
		this.accessTokens = accessTokens;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
		this.unknownUserHash = passwordEncoder.encode(SecretTokens.generate());
	}

	@Override
	public LoginResult login(String email, String password, ClientInfo client) {
		Optional<User> found = this.users.findByEmail(AccountService.normalizeEmail(email));
		String hash = found.map(User::getPasswordHash).orElse(this.unknownUserHash);
		boolean matches = password != null && this.passwordEncoder.matches(password, hash);
		if (found.isEmpty() || !matches) {
			throw new AccountsException.InvalidCredentials();
		}
		User user = found.get();
		if (!user.isActive()) {
			throw new AccountsException.AccountInactive();
		}
		if (this.settings.requireVerifiedEmail() && !user.isEmailVerified()) {
			throw new AccountsException.EmailNotVerified();
		}
		// concurrent logins of one user queue here, so the session limit cannot be
		// overrun
		this.users.lockById(user.getId());
		Instant now = this.clock.instant();
		List<LoginSession> active = this.sessions.findByUserIdAndRevokedAtIsNullOrderByCreatedAtAsc(user.getId());
		int excess = active.size() - this.settings.maxSessions() + 1;
		for (int i = 0; i < excess; i++) {
			active.get(i).revoke("SESSION_LIMIT", now);
		}
		String refreshToken = SecretTokens.generate();
		LoginSession session = this.sessions.save(new LoginSession(user.getId(), SecretTokens.hash(refreshToken),
				client.ip(), truncate(client.userAgent()), now, now.plus(this.settings.refreshTokenTtl())));
		return result(user, session, refreshToken);
	}

	@Override
	@Transactional(noRollbackFor = AccountsException.InvalidRefreshToken.class)
	public LoginResult refresh(String refreshToken, ClientInfo client) {
		if (refreshToken == null || refreshToken.isBlank()) {
			throw new AccountsException.InvalidRefreshToken();
		}
		Instant now = this.clock.instant();
		String hash = SecretTokens.hash(refreshToken);
		Optional<LoginSession> current = this.sessions.lockByRefreshTokenHash(hash);
		if (current.isEmpty()) {
			// a spent token presented again: someone else holds a copy, so nobody keeps
			// the session
			this.spentTokens.findById(hash)
				.flatMap((spent) -> this.sessions.findById(spent.getSessionId()))
				.ifPresent((session) -> session.revoke("REFRESH_TOKEN_REUSED", now));
			throw new AccountsException.InvalidRefreshToken();
		}
		LoginSession session = current.get();
		User user = this.users.findById(session.getUserId()).orElse(null);
		if (!session.isActive(now) || user == null || !user.isActive()) {
			throw new AccountsException.InvalidRefreshToken();
		}
		String next = SecretTokens.generate();
		this.spentTokens.save(new SpentRefreshToken(hash, session.getId(), now));
		session.rotate(SecretTokens.hash(next), now, now.plus(this.settings.refreshTokenTtl()));
		return result(user, session, next);
	}

	@Override
	public void revoke(CurrentUser user, UUID sessionId) {
		LoginSession session = this.sessions.findById(sessionId)
			.filter((candidate) -> candidate.getUserId().equals(user.id()) && candidate.isActive(this.clock.instant()))
			.orElseThrow(AccountsException.SessionNotFound::new);
		session.revoke("LOGOUT", this.clock.instant());
	}

	@Override
	public void revokeAll(CurrentUser user) {
		revokeAllExcept(user.id(), null, "LOGOUT_ALL");
	}

	/**
	 * Ends every session of a user an admin deactivated or deleted, or whose password was
	 * reset.
	 */
	void revokeAll(UUID userId, String reason) {
		revokeAllExcept(userId, null, reason);
	}

	void revokeAllExcept(UUID userId, UUID keptSessionId, String reason) {
		Instant now = this.clock.instant();
		this.sessions.findByUserIdAndRevokedAtIsNullOrderByCreatedAtAsc(userId)
			.stream()
			.filter((session) -> !session.getId().equals(keptSessionId))
			.forEach((session) -> session.revoke(reason, now));
	}

	@Override
	@Transactional(readOnly = true)
	public List<SessionView> activeSessions(CurrentUser user) {
		Instant now = this.clock.instant();
		return this.sessions.findByUserIdAndRevokedAtIsNullOrderByCreatedAtAsc(user.id())
			.stream()
			.filter((session) -> session.isActive(now))
			.map((session) -> new SessionView(session.getId(), session.getIp(), session.getUserAgent(),
					session.getCreatedAt(), session.getLastUsedAt(), session.getId().equals(user.sessionId())))
			.toList();
	}

	/**
	 * Resolves the caller of an access token: the session must still be active and its
	 * user active, so a logout or a deactivation refuses the token at once. One query,
	 * plus a write of the session's last activity at most once a minute.
	 * @return the caller, empty when the token must be refused
	 */
	// runs on every authenticated request: its read and its rare one-row write need no
	// transaction of their own, whose begin and commit cost as much as the read
	@Transactional(propagation = Propagation.SUPPORTS)
	Optional<CurrentUser> authenticate(UUID userId, UUID sessionId) {
		Instant now = this.clock.instant();
		Optional<SessionState> state = this.jdbc.sql("""
				select u.role, s.last_used_at
				from accounts.login_session s join accounts.app_user u on u.id = s.user_id
				where s.id = ? and s.user_id = ? and s.revoked_at is null and s.expires_at > ?
				and u.is_active and u.deleted_at is null""")
			.params(sessionId, userId, Timestamp.from(now))
			.query((rs, rowNum) -> new SessionState(Role.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant()))
			.optional();
		state.filter((session) -> session.lastUsedAt().isBefore(now.minus(ACTIVITY_RESOLUTION)))
			.ifPresent((session) -> this.jdbc.sql("update accounts.login_session set last_used_at = ? where id = ?")
				.params(Timestamp.from(now), sessionId)
				.update());
		return state.map((session) -> new CurrentUser(userId, session.role(), sessionId));
	}

	private LoginResult result(User user, LoginSession session, String refreshToken) {
		AccessTokens.IssuedToken access = this.accessTokens.issue(user.getId(), user.getRole(), session.getId());
		return new LoginResult(access.value(), access.expiresAt(), refreshToken, session.getId(),
				this.users.findRowById(user.getId()).map(UserRow::toView).orElseThrow());
	}

	private static String truncate(String userAgent) {
		return (userAgent != null && userAgent.length() > MAX_USER_AGENT) ? userAgent.substring(0, MAX_USER_AGENT)
				: userAgent;
	}

	private record SessionState(Role role, Instant lastUsedAt) {

	}

}
