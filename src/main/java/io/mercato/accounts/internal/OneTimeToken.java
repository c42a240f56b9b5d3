package io.mercato.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.mercato.shared.domain.AbstractEntity;

/**
 * A single-use, expiring token mailed to a user: email verification or password reset.
 * Only its SHA-256 hash is stored.
 */
@Entity
@Table(schema = "accounts", name = "one_time_token")
class OneTimeToken extends AbstractEntity {

	/** What a one-time token allows. */
	enum Purpose {

		/** Confirms that the user receives mail at their address. */
		EMAIL_VERIFICATION,

		/** Sets a new password without the old one. */
		PASSWORD_RESET

	}

	@Column(name = "user_id")
	private UUID userId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected OneTimeToken() {
	}

	OneTimeToken(UUID userId, Purpose purpose, String tokenHash, Instant expiresAt) {
		this.userId = userId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Purpose purpose, Instant now) {
		return this.purpose == purpose && this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	UUID getUserId() {
		return this.userId;
	}

}
