package io.mercato.promotions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.mercato.promotions.PricingLine;
import io.mercato.promotions.PromotionNotApplicableException.Reason;
import io.mercato.promotions.PromotionQuote;
import io.mercato.promotions.PromotionScope;
import io.mercato.promotions.PromotionType;
import io.mercato.shared.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * What pricing needs of a promotion, as one statement reads it with the customer's uses:
 * the rules that decide whether it applies and how much it takes off.
 *
 * @param customerUses the customer's uses not given back; zero when the customer is not
 * known
 */
record PromotionTerms(UUID id, @Nullable String code, String name, PromotionType type, BigDecimal value,
		Instant startsAt, Instant endsAt, boolean active, @Nullable Money minimumSubtotal, @Nullable Integer usageLimit,
		@Nullable Integer perCustomerLimit, int usageCount, PromotionScope scope, Set<UUID> categoryIds,
		Set<UUID> productIds, @Nullable UUID shopkeeperId, int customerUses) {

	/**
	 * Better first: the larger discount, then the earlier end, then the older promotion.
	 */
	static final Comparator<Priced> BEST = Comparator.comparing((Priced priced) -> priced.quote().discountTotal())
		.reversed()
		.thenComparing((priced) -> priced.terms().endsAt())
		.thenComparing((priced) -> priced.terms().id());

	/**
	 * Prices the lines: checks, in this order, that the promotion is active, within its
	 * window ({@code starts_at <= now < ends_at}), under its global usage limit and, for
	 * a known customer, under its per-customer limit, that its scope matches a line, and
	 * that the matching lines reach its minimum subtotal; then takes its discount off the
	 * matching lines.
	 * @param lines the lines, at least one
	 * @param customerKnown whether the per-customer limit can be checked
	 * @param now the time of pricing
	 * @return the quote, with the first rule that failed as its
	 * {@link PromotionQuote#notApplicable()}
	 */
	PromotionQuote price(List<PricingLine> lines, boolean customerKnown, Instant now) {
		if (!this.active) {
			return refused(lines, Reason.INACTIVE, "The promotion is not active.");
		}
		if (now.isBefore(this.startsAt)) {
			return refused(lines, Reason.NOT_STARTED, "The promotion starts at " + this.startsAt + ".");
		}
		if (!now.isBefore(this.endsAt)) {
			return refused(lines, Reason.EXPIRED, "The promotion ended at " + this.endsAt + ".");
		}
		if (this.usageLimit != null && this.usageCount >= this.usageLimit) {
			return refused(lines, Reason.USAGE_LIMIT_REACHED,
					"The promotion was used as often as allowed (" + this.usageLimit + " times).");
		}
		if (customerKnown && this.perCustomerLimit != null && this.customerUses >= this.perCustomerLimit) {
			return refused(lines, Reason.CUSTOMER_USAGE_LIMIT_REACHED,
					"You used the promotion as often as allowed (" + this.perCustomerLimit + " times).");
		}
		List<Money> matching = new ArrayList<>(lines.size());
		Money matchingTotal = Money.ZERO;
		boolean matchesAny = false;
		for (PricingLine line : lines) {
			boolean matches = matches(line);
			matchesAny |= matches;
			Money total = matches ? line.total() : Money.ZERO;
			matching.add(total);
			matchingTotal = matchingTotal.plus(total);
		}
		if (!matchesAny) {
			return refused(lines, Reason.NO_MATCHING_ITEMS, "The promotion applies to none of these products.");
		}
		if (this.minimumSubtotal != null && matchingTotal.compareTo(this.minimumSubtotal) < 0) {
			return refused(lines, Reason.MINIMUM_SUBTOTAL_NOT_MET, "The promotion needs at least "
					+ this.minimumSubtotal + " of its products in the order; there are " + matchingTotal + ".");
		}
		Money discount = Discounts.discount(this.type, this.value, matchingTotal);
		return new PromotionQuote(
				new PromotionQuote.AppliedPromotion(this.id, this.code, this.name, this.type, this.value),
				Discounts.spread(discount, matching), discount, null);
	}

	/**
	 * Whether the promotion discounts the line.
	 */
	boolean matches(PricingLine line) {
		return switch (this.scope) {
			case ALL -> true;
			case CATEGORIES -> !Collections.disjoint(this.categoryIds, line.categoryIds());
			case PRODUCTS -> this.productIds.contains(line.productId());
			case SHOPKEEPER -> line.shopkeeperId().equals(this.shopkeeperId);
		};
	}

	PromotionTerms withCustomerUses(int uses) {
		return new PromotionTerms(this.id, this.code, this.name, this.type, this.value, this.startsAt, this.endsAt,
				this.active, this.minimumSubtotal, this.usageLimit, this.perCustomerLimit, this.usageCount, this.scope,
				this.categoryIds, this.productIds, this.shopkeeperId, uses);
	}

	/**
	 * A quote without a promotion: nothing off any line.
	 */
	static PromotionQuote none(List<PricingLine> lines) {
		return new PromotionQuote(null, Collections.nCopies(lines.size(), Money.ZERO), Money.ZERO, null);
	}

	static PromotionQuote refused(List<PricingLine> lines, Reason reason, String message) {
		return new PromotionQuote(null, Collections.nCopies(lines.size(), Money.ZERO), Money.ZERO,
				new PromotionQuote.NotApplicable(reason, message));
	}

	/**
	 * A promotion and what it gives the lines.
	 */
	record Priced(PromotionTerms terms, PromotionQuote quote) {

	}

}
