package io.mercato.ordering;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who places an order: a registered user, whose email and name the order copies from the
 * account, or a guest known by the email, name and phone they give.
 *
 * @param userId the registered user, or {@code null} for a guest
 * @param email a guest's email, or {@code null} for a user
 * @param name a guest's name, or {@code null} for a user
 * @param phone a guest's phone, or {@code null}
 */
public record OrderCustomer(@Nullable UUID userId, @Nullable String email, @Nullable String name,
		@Nullable String phone) {

	/**
	 * A registered user.
	 * @param userId the user
	 * @return the customer
	 */
	public static OrderCustomer user(UUID userId) {
		return new OrderCustomer(userId, null, null, null);
	}

	/**
	 * A guest; the order checks the fields and names what is wrong.
	 * @param email the email to send the order to
	 * @param name who orders
	 * @param phone a phone number, or {@code null}
	 * @return the customer
	 */
	public static OrderCustomer guest(@Nullable String email, @Nullable String name, @Nullable String phone) {
		return new OrderCustomer(null, email, name, phone);
	}

	/**
	 * Whether the customer is a guest.
	 * @return {@code true} without a user id
	 */
	public boolean isGuest() {
		return this.userId == null;
	}

}
