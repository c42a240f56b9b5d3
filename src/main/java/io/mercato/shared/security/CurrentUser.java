package io.mercato.shared.security;

import java.util.UUID;

/**
 * The authenticated caller of a request, as the accounts module's authentication
 * establishes it: the {@code principal} of the request's {@code Authentication}.
 * Controllers receive it with {@code @AuthenticationPrincipal CurrentUser user}; services
 * take it as a parameter.
 *
 * @param id the user's id
 * @param role the user's role
 * @param sessionId the login session the access token belongs to
 */
public record CurrentUser(UUID id, Role role, UUID sessionId) {

	public boolean is(Role role) {
		return this.role == role;
	}

	public boolean isAdmin() {
		return is(Role.ADMIN);
	}

}
