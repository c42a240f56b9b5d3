package io.mercato.accounts;

import io.mercato.shared.security.Role;

/**
 * A sign-up of a customer or a shopkeeper. Shop fields are ignored for customers.
 *
 * @param role {@link Role#CUSTOMER} or {@link Role#SHOPKEEPER}
 * @param email the login
 * @param password the chosen password
 * @param passwordConfirm the same password again
 * @param fullName the person's name (required for customers)
 * @param phone a phone number in international format, optional
 * @param shopName the shop's name (required for shopkeepers)
 * @param taxNumber tax or GST number, optional
 */
public record Registration(Role role, String email, String password, String passwordConfirm, String fullName,
		String phone, String shopName, String taxNumber) {

}
