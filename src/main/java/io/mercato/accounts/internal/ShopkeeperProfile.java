package io.mercato.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.mercato.shared.domain.AbstractEntity;

/**
 * A shopkeeper's shop and whether an admin verified it; keyed by the user's id.
 */
@Entity
@AttributeOverride(name = "id", column = @Column(name = "user_id"))
@Table(schema = "accounts", name = "shopkeeper_profile")
class ShopkeeperProfile extends AbstractEntity {

	@Column(name = "full_name")
	private String fullName;

	@Column(name = "shop_name")
	private String shopName;

	@Column(name = "tax_number")
	private String taxNumber;

	@Column(name = "is_verified")
	private boolean verified;

	@Column(name = "verified_at")
	private Instant verifiedAt;

	@Column(name = "verified_by")
	private UUID verifiedBy;

	protected ShopkeeperProfile() {
	}

	ShopkeeperProfile(UUID userId, String fullName, String shopName, String taxNumber) {
		super(userId);
		this.fullName = fullName;
		this.shopName = shopName;
		this.taxNumber = taxNumber;
	}

	void change(String fullName, String shopName, String taxNumber) {
		this.fullName = fullName;
		this.shopName = shopName;
		this.taxNumber = taxNumber;
	}

	/**
	 * Returns whether this changed anything: a verified shop keeps who verified it and
	 * when.
	 */
	boolean verify(UUID adminId, Instant now) {
		if (this.verified) {
			return false;
		}
		this.verified = true;
		this.verifiedAt = now;
		this.verifiedBy = adminId;
		return true;
	}

	/**
	 * Returns whether this changed anything.
	 */
	boolean unverify() {
		if (!this.verified) {
			return false;
		}
		this.verified = false;
		this.verifiedAt = null;
		this.verifiedBy = null;
		return true;
	}

	String getFullName() {
		return this.fullName;
	}

	String getShopName() {
		return this.shopName;
	}

	String getTaxNumber() {
		return this.taxNumber;
	}

	boolean isVerified() {
		return this.verified;
	}

	Instant getVerifiedAt() {
		return this.verifiedAt;
	}

}
