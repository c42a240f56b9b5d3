package io.mercato.promotions;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who a promotion is priced or redeemed for: a registered user, a guest known by email,
 * or a visitor not yet known (a guest's cart before checkout), for whom per-customer
 * limits cannot be checked yet.
 *
 * @param userId the registered user, or {@code null} for a guest
 * @param email a guest's email, or {@code null}
 */
public record PromotionCustomer(@Nullable UUID userId, @Nullable String email) {

	/**
	 * A registered user.
	 * @param userId the user
	 * @return the customer
	 */
	public static PromotionCustomer user(UUID userId) {
		return new PromotionCustomer(userId, null);
	}

	/**
	 * A guest who gave an email at checkout.
	 * @param email the email
	 * @return the customer
	 */
	public static PromotionCustomer guest(String email) {
		return new PromotionCustomer(null, email);
	}

	/**
	 * A visitor not known yet.
	 * @return the customer
	 */
	public static PromotionCustomer anonymous() {
		return new PromotionCustomer(null, null);
	}

	/**
	 * Whether per-customer limits can be checked.
	 * @return {@code true} for a user or a guest with an email
	 */
	public boolean isKnown() {
		return this.userId != null || this.email != null;
	}

}
