package io.mercato.promotions;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Promotions as other modules use them: the cart prices its discount with {@link #quote},
 * the checkout takes a use of the promotion with {@link #redeem}, and a cancelled or
 * expired order gives it back with {@link #release}.
 * <p>
 * An order gets at most one promotion: the one whose code the customer entered, or,
 * without a code, the automatic promotion (one without a code) that gives the largest
 * discount. A discount is spread over the lines the promotion's scope matches, never
 * makes a line or a total negative, and its line shares add up exactly to the total.
 */
public interface PromotionManagement {

	/**
	 * Prices the discount the lines would get now, without taking a use. A code that does
	 * not apply (unknown, inactive, out of its window, over a limit, below its minimum
	 * subtotal, or matching none of the lines) is answered in the quote's
	 * {@link PromotionQuote#notApplicable()}, never thrown, so that a cart can show it.
	 * @param customer who buys; the per-customer limit is checked only when known
	 * @param code the code entered, or {@code null} for the best automatic promotion
	 * @param lines the lines to price, at least one
	 * @return the discount, in the order of the lines
	 */
	PromotionQuote quote(PromotionCustomer customer, @Nullable String code, List<PricingLine> lines);

	/**
	 * Prices the discount as {@link #quote} does and takes one use of the promotion for
	 * the reference, under the promotion's row lock, so that concurrent checkouts never
	 * exceed its global or per-customer limit. Joins the caller's transaction, which must
	 * be READ COMMITTED (the default) for the customer's uses to be counted under the
	 * lock. A registered user's uses are counted by their user id, a guest's by their
	 * email in any case.
	 * @param customer who buys
	 * @param code the code entered, or {@code null} for the best automatic promotion
	 * @param lines the lines to price, at least one
	 * @param reference what the use is for, such as an order id (at most 100 characters)
	 * @return the discount taken; without a code and with no automatic promotion that
	 * applies, a quote without a promotion, and no use is taken
	 * @throws PromotionNotApplicableException when the code does not apply, with the
	 * reason; like every refusal here it marks the caller's transaction rollback-only, so
	 * a checkout must not catch it and carry on
	 * @throws PromotionsException.AlreadyRedeemed when the reference holds a use not
	 * given back; a released reference may redeem again
	 * @throws IllegalArgumentException for a customer not known (neither a user nor a
	 * guest's email), whose per-customer limit could not be kept
	 */
	PromotionQuote redeem(PromotionCustomer customer, @Nullable String code, List<PricingLine> lines, String reference);

	/**
	 * Gives back the use taken for the reference (an order cancelled or expired).
	 * Idempotent and safe to race: only the first call gives anything back.
	 * @param reference the reference redeemed with
	 * @return whether a use was given back
	 */
	boolean release(String reference);

}
