package io.mercato.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.mercato.accounts.ShopkeeperVerificationChanged;
import io.mercato.accounts.UserActivated;
import io.mercato.accounts.UserDeactivated;
import io.mercato.accounts.UserRegistered;
import io.mercato.shared.domain.AbstractAggregateRoot;
import io.mercato.shared.security.Role;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/**
 * A person who logs in: customer, shopkeeper or admin. The email address is the login,
 * kept lower-cased; deleting is soft, so orders keep their customer.
 */
@Entity
@Table(schema = "accounts", name = "app_user")
@SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "deleted_at")
class User extends AbstractAggregateRoot {

	private String email;

	private String phone;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "email_verified")
	private boolean emailVerified;

	@Column(name = "is_active")
	private boolean active;

	@Column(name = "order_emails")
	private boolean orderEmails;

	protected User() {
	}

	User(String email, String phone, String passwordHash, Role role) {
		this.email = email;
		this.phone = phone;
		this.passwordHash = passwordHash;
		this.role = role;
		this.active = true;
		this.orderEmails = true;
		registerEvent(new UserRegistered(getId(), role));
	}

	void verifyEmail() {
		this.emailVerified = true;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/**
	 * Switches the mails about the user's orders on or off; mails about the account
	 * itself (verification, password reset) are always sent.
	 */
	void changeOrderEmails(boolean orderEmails) {
		this.orderEmails = orderEmails;
	}

	void changePhone(String phone) {
		this.phone = phone;
	}

	void changeEmail(String email) {
		if (!email.equals(this.email)) {
			this.email = email;
			this.emailVerified = false;
		}
	}

	void deactivate() {
		if (this.active) {
			this.active = false;
			registerEvent(new UserDeactivated(getId()));
		}
	}

	void activate() {
		if (!this.active) {
			this.active = true;
			registerEvent(new UserActivated(getId()));
		}
	}

	/**
	 * Marks this shopkeeper's shop verified by the admin; a shop verified already keeps
	 * who verified it and when, and nothing is published.
	 */
	void verifyShop(ShopkeeperProfile shop, UUID adminId, Instant now) {
		if (shop.verify(adminId, now)) {
			registerEvent(new ShopkeeperVerificationChanged(getId(), true, now));
		}
	}

	/**
	 * Withdraws this shopkeeper's verification; publishes nothing for a shop that was not
	 * verified.
	 */
	void unverifyShop(ShopkeeperProfile shop, Instant now) {
		if (shop.unverify()) {
			registerEvent(new ShopkeeperVerificationChanged(getId(), false, now));
		}
	}

	String getEmail() {
		return this.email;
	}

	String getPhone() {
		return this.phone;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	boolean isEmailVerified() {
		return this.emailVerified;
	}

	boolean isActive() {
		return this.active;
	}

	boolean wantsOrderEmails() {
		return this.orderEmails;
	}

}
