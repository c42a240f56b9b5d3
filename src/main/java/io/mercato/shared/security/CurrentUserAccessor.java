package io.mercato.shared.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link CurrentUser} of the request being handled, for code that cannot take
 * it as a controller argument.
 */
@Component
public class CurrentUserAccessor {

	/**
	 * Returns the caller when one is logged in.
	 * @return the caller, empty for anonymous requests
	 */
	public Optional<CurrentUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/**
	 * Returns the caller.
	 * @return the caller
	 * @throws AuthenticationCredentialsNotFoundException for anonymous requests (answered
	 * 401)
	 */
	public CurrentUser require() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No authenticated user"));
	}

}
