package io.mercato.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * A refresh token already exchanged. Seeing it again means two clients hold it: the
 * session is revoked.
 */
@Entity
@Table(schema = "accounts", name = "spent_refresh_token")
class SpentRefreshToken implements Persistable<String> {

	@Id
	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "session_id")
	private UUID sessionId;

	@Column(name = "spent_at")
	private Instant spentAt;

	// always inserted, never updated: spare Spring Data the select it would make for an
	// assigned id
	@Transient
	private boolean isNew = true;

	protected SpentRefreshToken() {
	}

	SpentRefreshToken(String tokenHash, UUID sessionId, Instant spentAt) {
		this.tokenHash = tokenHash;
		this.sessionId = sessionId;
		this.spentAt = spentAt;
	}

	@Override
	public String getId() {
		return this.tokenHash;
	}

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	UUID getSessionId() {
		return this.sessionId;
	}

}
