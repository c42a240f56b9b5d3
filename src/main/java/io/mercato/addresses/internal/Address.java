package io.mercato.addresses.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.mercato.addresses.AddressDraft;
import io.mercato.addresses.AddressSnapshot;
import io.mercato.addresses.AddressType;
import io.mercato.addresses.AddressView;
import io.mercato.shared.domain.AbstractAggregateRoot;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/**
 * A place a user has things delivered to or invoices addressed to. Its owner is the only
 * user who sees or changes it. Deleting it is soft: the row stays, out of every query.
 */
@Entity
@Table(schema = "addresses", name = "address")
@SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "deleted_at")
class Address extends AbstractAggregateRoot {

	@Column(name = "owner_id", nullable = false, updatable = false)
	private UUID ownerId;

	@Enumerated(EnumType.STRING)
	private AddressType type;

	@Column(name = "full_name")
	private String fullName;

	private String line1;

	private String line2;

	private String city;

	private String region;

	@Column(name = "postal_code")
	private String postalCode;

	private String country;

	private String phone;

	@Column(name = "is_default")
	private boolean isDefault;

	protected Address() {
	}

	/**
	 * A new address of the owner.
	 * @param ownerId the user
	 * @param checked the fields, as {@link AddressRules#check} returned them
	 */
	Address(UUID ownerId, AddressDraft checked) {
		this.ownerId = ownerId;
		change(checked);
	}

	/**
	 * Replaces every field.
	 * @param checked the fields, as {@link AddressRules#check} returned them
	 */
	void change(AddressDraft checked) {
		this.type = checked.type();
		this.fullName = checked.fullName();
		this.line1 = checked.line1();
		this.line2 = checked.line2();
		this.city = checked.city();
		this.region = checked.region();
		this.postalCode = checked.postalCode();
		this.country = checked.country();
		this.phone = checked.phone();
	}

	/**
	 * Makes it the default of its type; the caller has taken the flag from the old one.
	 */
	void markDefault() {
		this.isDefault = true;
	}

	/** Makes it an ordinary address of its type. */
	void unmarkDefault() {
		this.isDefault = false;
	}

	UUID getOwnerId() {
		return this.ownerId;
	}

	AddressType getType() {
		return this.type;
	}

	boolean isDefault() {
		return this.isDefault;
	}

	/** Its fields as a draft, for a patch to merge onto. */
	AddressDraft toDraft() {
		return new AddressDraft(this.type, this.fullName, this.line1, this.line2, this.city, this.region,
				this.postalCode, this.country, this.phone);
	}

	AddressView toView() {
		return new AddressView(getId(), this.type, this.fullName, this.line1, this.line2, this.city, this.region,
				this.postalCode, this.country, this.phone, this.isDefault, getCreatedAt(), getUpdatedAt());
	}

	AddressSnapshot toSnapshot() {
		return new AddressSnapshot(getId(), this.type, this.fullName, this.line1, this.line2, this.city, this.region,
				this.postalCode, this.country, this.phone);
	}

}
