package io.mercato.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.mercato.shared.domain.AbstractEntity;

/**
 * One login of a user on one client: holds the hash of its current refresh token and ends
 * when revoked or expired. Access tokens carry its id, so revoking it refuses them at
 * once.
 */
@Entity
@Table(schema = "accounts", name = "login_session")
class LoginSession extends AbstractEntity {

	@Column(name = "user_id")
	private UUID userId;

	@Column(name = "refresh_token_hash")
	private String refreshTokenHash;

	private String ip;

	@Column(name = "user_agent")
	private String userAgent;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_reason")
	private String revokedReason;

	protected LoginSession() {
	}

	LoginSession(UUID userId, String refreshTokenHash, String ip, String userAgent, Instant now, Instant expiresAt) {
		this.userId = userId;
		this.refreshTokenHash = refreshTokenHash;
		this.ip = ip;
		this.userAgent = userAgent;
		this.lastUsedAt = now;
		this.expiresAt = expiresAt;
	}

	boolean isActive(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	void rotate(String refreshTokenHash, Instant now, Instant expiresAt) {
		this.refreshTokenHash = refreshTokenHash;
		this.lastUsedAt = now;
		this.expiresAt = expiresAt;
	}

	void revoke(String reason, Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
			this.revokedReason = reason;
		}
	}

	UUID getUserId() {
		return this.userId;
	}

	String getRefreshTokenHash() {
		return this.refreshTokenHash;
	}

	String getIp() {
		return this.ip;
	}

	String getUserAgent() {
		return this.userAgent;
	}

	Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	Instant getRevokedAt() {
		return this.revokedAt;
	}

	String getRevokedReason() {
		return this.revokedReason;
	}

}
