package io.mercato.promotions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.mercato.promotions.PricingLine;
import io.mercato.promotions.PromotionCustomer;
import io.mercato.promotions.PromotionManagement;
import io.mercato.promotions.PromotionNotApplicableException;
import io.mercato.promotions.PromotionNotApplicableException.Reason;
import io.mercato.promotions.PromotionQuote;
import io.mercato.promotions.PromotionsException;
import io.mercato.promotions.internal.PromotionTerms.Priced;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices discounts for carts and takes and gives back uses for orders.
 * <p>
 * A quote costs one statement: the coded promotion, or the live automatic ones, with the
 * customer's uses. A use is taken under the promotion's row lock ({@code for update}),
 * with the limits checked again against the usage count and the customer's uses read
 * under that lock, so racing checkouts wait for each other and never exceed a limit. The
 * customer's uses are read in a statement of their own after the lock, which sees every
 * use committed by those who held it before as long as the caller's transaction is READ
 * COMMITTED (the default).
 */
@Service
@Transactional
class PromotionPricing implements PromotionManagement {

	private static final int MAX_REFERENCE_LENGTH = 100;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{3,32}");

	private final PricingRepository promotions;

	private final Clock clock;

	PromotionPricing(PricingRepository promotions, Clock clock) {
		this.promotions = promotions;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public PromotionQuote quote(PromotionCustomer customer, @Nullable String code, List<PricingLine> lines) {
		checkLines(lines);
		Instant now = this.clock.instant();
		if (code != null) {
			String normalized = code.trim();
			if (!CODE.matcher(normalized).matches()) {
				return unknownCode(lines);
			}
			return this.promotions.coded(normalized, customer)
				.map((terms) -> terms.price(lines, customer.isKnown(), now))
				.orElseGet(() -> unknownCode(lines));
		}
		return best(this.promotions.automatic(now, customer), lines, customer.isKnown(), now).map(Priced::quote)
			.orElseGet(() -> PromotionTerms.none(lines));
	}

	@Override
	public PromotionQuote redeem(PromotionCustomer customer, @Nullable String code, List<PricingLine> lines,
			String reference) {
		checkLines(lines);
		checkReference(reference);
		if (!customer.isKnown()) {
			throw new IllegalArgumentException("A use is taken for a known customer: a user or a guest's email");
		}
		Instant now = this.clock.instant();
		Priced chosen;
		if (code != null) {
			String normalized = code.trim();
			PromotionTerms locked = CODE.matcher(normalized).matches()
					? this.promotions.lockCoded(normalized).orElse(null) : null;
			if (locked == null) {
				throw new PromotionNotApplicableException(unknownCode(lines).notApplicable());
			}
			PromotionTerms terms = locked
				.withCustomerUses(this.promotions.customerUses(List.of(locked.id()), customer).get(locked.id()));
			chosen = new Priced(terms, terms.price(lines, true, now).requireApplicable());
		}
		else {
			// the candidates as they are now; only those that apply are locked and priced
			// again under the lock, where the best of them is taken
			List<PromotionTerms> candidates = this.promotions.automatic(now, customer)
				.stream()
				.filter((terms) -> terms.price(lines, true, now).notApplicable() == null)
				.toList();
			if (candidates.isEmpty()) {
				return PromotionTerms.none(lines);
			}
			List<UUID> ids = candidates.stream().map(PromotionTerms::id).toList();
			List<PromotionTerms> locked = this.promotions.lock(ids);
			Map<UUID, Integer> uses = this.promotions.customerUses(ids, customer);
			Optional<Priced> best = best(locked.stream()
				.filter((terms) -> terms.code() == null)
				.map((terms) -> terms.withCustomerUses(uses.get(terms.id())))
				.toList(), lines, true, now);
			if (best.isEmpty()) {
				return PromotionTerms.none(lines);
			}
			chosen = best.get();
		}
		if (!this.promotions.redeem(chosen.terms().id(), reference, customer, chosen.quote().discountTotal(), now)) {
			throw new PromotionsException.AlreadyRedeemed(reference);
		}
		if (!this.promotions.countUse(chosen.terms().id(), now)) {
			// cannot happen under the lock; the guard keeps the count within the limit
			throw new IllegalStateException("The usage limit of " + chosen.terms().id() + " was passed under its lock");
		}
		return chosen.quote();
	}

	@Override
	public boolean release(String reference) {
		checkReference(reference);
		return this.promotions.release(reference, this.clock.instant());
	}

	/**
	 * The automatic promotion that gives the largest discount, among those that apply.
	 */
	private static Optional<Priced> best(List<PromotionTerms> candidates, List<PricingLine> lines,
			boolean customerKnown, Instant now) {
		return candidates.stream()
			.map((terms) -> new Priced(terms, terms.price(lines, customerKnown, now)))
			.filter((priced) -> priced.quote().notApplicable() == null)
			.min(PromotionTerms.BEST);
	}

	private static PromotionQuote unknownCode(List<PricingLine> lines) {
		return PromotionTerms.refused(lines, Reason.UNKNOWN_CODE, "No promotion has this code.");
	}

	private static void checkLines(List<PricingLine> lines) {
		if (lines == null || lines.isEmpty() || lines.stream().anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException("Pricing needs at least one line, and no null line");
		}
	}

	private static void checkReference(String reference) {
		if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE_LENGTH) {
			throw new IllegalArgumentException(
					"A reference must be 1 to " + MAX_REFERENCE_LENGTH + " characters: " + reference);
		}
	}

}
