package io.mercato.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * The tokens of a new or refreshed session.
 *
 * @param access the JWT access token for {@code Authorization: Bearer}
 * @param accessExpiresAt when the access token expires
 * @param refresh the opaque refresh token; valid for one exchange only
 * @param sessionId the session both belong to
 * @param user the logged-in user
 */
public record LoginResult(String access, Instant accessExpiresAt, String refresh, UUID sessionId, UserView user) {

}
