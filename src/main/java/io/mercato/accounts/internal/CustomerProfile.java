package io.mercato.accounts.internal;

import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.mercato.shared.domain.AbstractEntity;

/**
 * What a customer tells about themselves; keyed by the user's id.
 */
@Entity
@AttributeOverride(name = "id", column = @Column(name = "user_id"))
@Table(schema = "accounts", name = "customer_profile")
class CustomerProfile extends AbstractEntity {

	@Column(name = "full_name")
	private String fullName;

	protected CustomerProfile() {
	}

	CustomerProfile(UUID userId, String fullName) {
		super(userId);
		this.fullName = fullName;
	}

	void rename(String fullName) {
		this.fullName = fullName;
	}

	String getFullName() {
		return this.fullName;
	}

}
