package io.mercato.promotions;

import java.util.Locale;
import java.util.Map;

/**
 * The promotion asked for does not apply to these lines for this customer now (409
 * {@code promotion_not_applicable}, with a {@code reason} member).
 */
public class PromotionNotApplicableException extends PromotionsException {

	private final PromotionQuote.NotApplicable notApplicable;

	/**
	 * Creates the exception.
	 * @param refusal why the promotion does not apply
	 */
	public PromotionNotApplicableException(PromotionQuote.NotApplicable refusal) {
		super(Refusal.CONFLICT, "promotion_not_applicable", refusal.message());
		this.notApplicable = refusal;
	}

	/**
	 * Returns why the promotion does not apply.
	 * @return the refusal
	 */
	public PromotionQuote.NotApplicable notApplicable() {
		return this.notApplicable;
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("reason", this.notApplicable.reason().value());
	}

	/**
	 * The reasons a promotion does not apply, as the {@code reason} member names them.
	 */
	public enum Reason {

		/** No promotion has this code. */
		UNKNOWN_CODE,

		/** The promotion is switched off. */
		INACTIVE,

		/** Its window has not started. */
		NOT_STARTED,

		/** Its window has ended. */
		EXPIRED,

		/** Its global usage limit is reached. */
		USAGE_LIMIT_REACHED,

		/** This customer has used it as often as allowed. */
		CUSTOMER_USAGE_LIMIT_REACHED,

		/** The lines' subtotal is below its minimum. */
		MINIMUM_SUBTOTAL_NOT_MET,

		/** Its scope matches none of the lines. */
		NO_MATCHING_ITEMS;

		/**
		 * Returns the reason as the API names it.
		 * @return the lower-case name
		 */
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
