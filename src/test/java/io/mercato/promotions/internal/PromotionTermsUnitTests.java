package io.mercato.promotions.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.mercato.promotions.PricingLine;
import io.mercato.promotions.PromotionNotApplicableException.Reason;
import io.mercato.promotions.PromotionQuote;
import io.mercato.promotions.PromotionScope;
import io.mercato.promotions.PromotionType;
import io.mercato.promotions.internal.PromotionTerms.Priced;
import io.mercato.shared.domain.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a promotion applies to lines, and what it takes off which line.
 */
class PromotionTermsUnitTests {

	private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

	private static final UUID SHOP = UUID.randomUUID();

	private static final UUID OTHER_SHOP = UUID.randomUUID();

	private static final UUID LIGHTING = UUID.randomUUID();

	private static final UUID LAMPS = UUID.randomUUID();

	private final PricingLine lamp = new PricingLine(UUID.randomUUID(), SHOP, List.of(LAMPS, LIGHTING),
			Money.of("40.00"), 2);

	private final PricingLine chair = new PricingLine(UUID.randomUUID(), OTHER_SHOP, List.of(UUID.randomUUID()),
			Money.of("20.00"), 1);

	@Test
	void takesAPercentageOffTheMatchingLinesOnly() {
		PromotionTerms shop = terms(PromotionType.PERCENTAGE, "10", PromotionScope.SHOPKEEPER);

		PromotionQuote quote = shop.price(List.of(this.chair, this.lamp), true, NOW);

		assertThat(quote.notApplicable()).isNull();
		assertThat(quote.discountTotal()).isEqualTo(Money.of("8.00"));
		assertThat(quote.lineDiscounts()).containsExactly(Money.ZERO, Money.of("8.00"));
		assertThat(quote.promotion().id()).isEqualTo(shop.id());
	}

	@Test
	void matchesACategoryThroughTheLinesAncestors() {
		PromotionTerms lighting = new PromotionTerms(UUID.randomUUID(), "LIGHT", "Lighting", PromotionType.FIXED,
				new BigDecimal("100.00"), NOW.minusSeconds(1), NOW.plusSeconds(1), true, null, null, null, 0,
				PromotionScope.CATEGORIES, Set.of(LIGHTING), Set.of(), null, 0);

		PromotionQuote quote = lighting.price(List.of(this.lamp, this.chair), true, NOW);

		// a fixed amount never takes more than the matching lines' total
		assertThat(quote.discountTotal()).isEqualTo(Money.of("80.00"));
		assertThat(quote.lineDiscounts()).containsExactly(Money.of("80.00"), Money.ZERO);
	}

	@Test
	void tellsWhyItDoesNotApply() {
		List<PricingLine> lines = List.of(this.lamp);
		PromotionTerms open = terms(PromotionType.PERCENTAGE, "10", PromotionScope.ALL);

		assertThat(reason(withWindow(open, NOW.plusSeconds(1), NOW.plusSeconds(60)).price(lines, true, NOW)))
			.isEqualTo(Reason.NOT_STARTED);
		assertThat(reason(withWindow(open, NOW.minusSeconds(60), NOW).price(lines, true, NOW)))
			.isEqualTo(Reason.EXPIRED);
		assertThat(reason(withWindow(open, NOW, NOW.plusSeconds(1)).price(lines, true, NOW))).isNull();
		assertThat(reason(
				new PromotionTerms(open.id(), "X", "X", PromotionType.PERCENTAGE, BigDecimal.TEN, open.startsAt(),
						open.endsAt(), false, null, null, null, 0, PromotionScope.ALL, Set.of(), Set.of(), null, 0)
					.price(lines, true, NOW)))
			.isEqualTo(Reason.INACTIVE);
		assertThat(reason(limited(5, 5, null, 0).price(lines, true, NOW))).isEqualTo(Reason.USAGE_LIMIT_REACHED);
		assertThat(reason(limited(5, 4, 1, 1).price(lines, true, NOW))).isEqualTo(Reason.CUSTOMER_USAGE_LIMIT_REACHED);
		// a visitor not known yet is not held to the per-customer limit until checkout
		assertThat(reason(limited(5, 4, 1, 1).price(lines, false, NOW))).isNull();
		assertThat(reason(
				terms(PromotionType.PERCENTAGE, "10", PromotionScope.SHOPKEEPER).price(List.of(this.chair), true, NOW)))
			.isEqualTo(Reason.NO_MATCHING_ITEMS);
	}

	@Test
	void countsTheMinimumSubtotalOverTheMatchingLines() {
		PromotionTerms minimum = new PromotionTerms(UUID.randomUUID(), "BIG", "Big", PromotionType.PERCENTAGE,
				BigDecimal.TEN, NOW.minusSeconds(1), NOW.plusSeconds(1), true, Money.of("80.01"), null, null, 0,
				PromotionScope.SHOPKEEPER, Set.of(), Set.of(), SHOP, 0);

		PromotionQuote below = minimum.price(List.of(this.lamp, this.chair), true, NOW);

		assertThat(reason(below)).isEqualTo(Reason.MINIMUM_SUBTOTAL_NOT_MET);
		assertThat(below.notApplicable().message()).contains("80.01").contains("80.00");
		assertThat(below.lineDiscounts()).containsExactly(Money.ZERO, Money.ZERO);
		assertThat(below.discountTotal()).isEqualTo(Money.ZERO);
	}

	@Test
	void prefersTheLargestDiscountThenTheEarliestEnd() {
		PromotionTerms small = terms(PromotionType.PERCENTAGE, "5", PromotionScope.ALL);
		PromotionTerms large = terms(PromotionType.FIXED, "10.00", PromotionScope.ALL);
		PromotionTerms sameLater = withWindow(terms(PromotionType.PERCENTAGE, "10", PromotionScope.ALL),
				NOW.minusSeconds(60), NOW.plus(Duration.ofDays(9)));
		PromotionTerms sameSooner = withWindow(terms(PromotionType.PERCENTAGE, "10", PromotionScope.ALL),
				NOW.minusSeconds(60), NOW.plus(Duration.ofDays(1)));
		List<PricingLine> lines = List.of(this.lamp, this.chair);

		List<UUID> ranked = List.of(small, large, sameLater, sameSooner)
			.stream()
			.map((terms) -> new Priced(terms, terms.price(lines, true, NOW)))
			.sorted(PromotionTerms.BEST)
			.map((priced) -> priced.terms().id())
			.toList();

		// 10 % of 100.00 is 10.00, as is the fixed amount: the earliest end goes first
		assertThat(ranked).containsExactly(sameSooner.id(), large.id(), sameLater.id(), small.id());
	}

	private static Reason reason(PromotionQuote quote) {
		return (quote.notApplicable() != null) ? quote.notApplicable().reason() : null;
	}

	private static PromotionTerms terms(PromotionType type, String value, PromotionScope scope) {
		return new PromotionTerms(UUID.randomUUID(), null, "Sale", type, new BigDecimal(value), NOW.minusSeconds(60),
				NOW.plus(Duration.ofDays(3)), true, null, null, null, 0, scope, Set.of(), Set.of(),
				(scope == PromotionScope.SHOPKEEPER) ? SHOP : null, 0);
	}

	private static PromotionTerms limited(Integer usageLimit, int usageCount, Integer perCustomerLimit,
			int customerUses) {
		return new PromotionTerms(UUID.randomUUID(), "LIMITED", "Limited", PromotionType.PERCENTAGE, BigDecimal.TEN,
				NOW.minusSeconds(60), NOW.plusSeconds(60), true, null, usageLimit, perCustomerLimit, usageCount,
				PromotionScope.ALL, Set.of(), Set.of(), null, customerUses);
	}

	private static PromotionTerms withWindow(PromotionTerms terms, Instant startsAt, Instant endsAt) {
		return new PromotionTerms(terms.id(), terms.code(), terms.name(), terms.type(), terms.value(), startsAt, endsAt,
				terms.active(), terms.minimumSubtotal(), terms.usageLimit(), terms.perCustomerLimit(),
				terms.usageCount(), terms.scope(), terms.categoryIds(), terms.productIds(), terms.shopkeeperId(),
				terms.customerUses());
	}

}
