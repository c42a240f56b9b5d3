package io.mercato.promotions;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.mercato.shared.domain.Money;

import org.jspecify.annotations.Nullable;

/**
 * The discount a set of lines gets.
 *
 * @param promotion the promotion that applies, or {@code null} for none
 * @param lineDiscounts each line's share of the discount, in the order of the lines
 * priced ({@link Money#ZERO} for lines outside the promotion's scope); they add up to
 * {@code discountTotal}
 * @param discountTotal the whole discount, never more than the lines' total
 * @param notApplicable why the code asked for does not apply, or {@code null}
 */
public record PromotionQuote(@Nullable AppliedPromotion promotion, List<Money> lineDiscounts, Money discountTotal,
		@Nullable NotApplicable notApplicable) {

	public PromotionQuote {
		lineDiscounts = List.copyOf(lineDiscounts);
	}

	/**
	 * Returns the quote, or throws when the code asked for does not apply.
	 * @return this quote
	 * @throws PromotionNotApplicableException with the refusal's reason
	 */
	public PromotionQuote requireApplicable() {
		if (this.notApplicable != null) {
			throw new PromotionNotApplicableException(this.notApplicable);
		}
		return this;
	}

	/**
	 * A promotion that applies to the lines.
	 *
	 * @param id the promotion
	 * @param code its code, or {@code null} for an automatic promotion
	 * @param name what customers see it called
	 * @param type how its value discounts
	 * @param value the percentage or the fixed amount
	 */
	public record AppliedPromotion(UUID id, @Nullable String code, String name, PromotionType type, BigDecimal value) {

	}

	/**
	 * Why a code does not apply.
	 *
	 * @param reason the stable reason
	 * @param message a sentence for people, naming the limit where there is one
	 */
	public record NotApplicable(PromotionNotApplicableException.Reason reason, String message) {

	}

}
