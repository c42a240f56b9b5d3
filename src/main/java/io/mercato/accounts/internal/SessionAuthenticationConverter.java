package io.mercato.accounts.internal;

import java.util.List;
import java.util.UUID;

import io.mercato.shared.security.AccessTokenAuthenticator;
import io.mercato.shared.security.CurrentUser;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Accepts a signature-checked access token only while its session and user are active;
 * the role comes from the database, so a changed role takes effect at once.
 */
@Component
class SessionAuthenticationConverter implements AccessTokenAuthenticator {

	private final SessionService sessions;

	SessionAuthenticationConverter(SessionService sessions) {
		this.sessions = sessions;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		UUID userId = uuid(jwt.getSubject());
		UUID sessionId = uuid(jwt.getClaimAsString(AccessTokens.SESSION_CLAIM));
		CurrentUser user = this.sessions.authenticate(userId, sessionId)
			.orElseThrow(() -> new InvalidBearerTokenException("The session of this token has ended"));
		return new CurrentUserAuthentication(user, jwt);
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidBearerTokenException("The token names no user or session");
		}
	}

	/**
	 * The authentication of a request with a valid access token.
	 */
	static final class CurrentUserAuthentication extends AbstractAuthenticationToken {

		private final CurrentUser user;

		private final Jwt token;

		CurrentUserAuthentication(CurrentUser user, Jwt token) {
			super(List.of(new SimpleGrantedAuthority(user.role().authority())));
			this.user = user;
			this.token = token;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return this.token;
		}

		@Override
		public Object getPrincipal() {
			return this.user;
		}

		@Override
		public String getName() {
			return this.user.id().toString();
		}

	}

}
