package io.mercato.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * An active login session of the caller.
 *
 * @param id the session id
 * @param ip the address it was opened from
 * @param userAgent the client it was opened with
 * @param createdAt when it was opened
 * @param lastActivityAt when its tokens were last used
 * @param current whether the request was made with this session's access token
 */
public record SessionView(UUID id, String ip, String userAgent, Instant createdAt, Instant lastActivityAt,
		boolean current) {

}
