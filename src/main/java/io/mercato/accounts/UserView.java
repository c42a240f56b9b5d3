package io.mercato.accounts;

import java.time.Instant;
import java.util.UUID;

import io.mercato.shared.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A user as other modules and the API see it; never the password hash.
 *
 * @param id the user's id
 * @param email the login, lower-cased
 * @param phone E.164 phone number, or {@code null}
 * @param role the role
 * @param emailVerified whether the address was confirmed through the mailed link
 * @param active whether the user may log in
 * @param fullName the person's name, or {@code null} for a shopkeeper who gave none
 * @param shop the shop of a shopkeeper, {@code null} for other roles
 * @param createdAt when the account was created
 * @param orderEmails whether the user wants mails about their orders (placed, paid,
 * shipped, refunded); mails about the account itself are always sent
 */
public record UserView(UUID id, String email, @Nullable String phone, Role role, boolean emailVerified, boolean active,
		@Nullable String fullName, @Nullable Shop shop, Instant createdAt, boolean orderEmails) {

	/**
	 * A shopkeeper's shop.
	 *
	 * @param shopName the shop's name
	 * @param taxNumber tax or GST number, or {@code null}
	 * @param verified whether an admin verified the shopkeeper (required to list
	 * products)
	 * @param verifiedAt when that happened, or {@code null}
	 */
	public record Shop(String shopName, @Nullable String taxNumber, boolean verified, @Nullable Instant verifiedAt) {

	}

}
