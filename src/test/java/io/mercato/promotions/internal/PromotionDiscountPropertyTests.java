package io.mercato.promotions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.mercato.promotions.PricingLine;
import io.mercato.promotions.PromotionNotApplicableException.Reason;
import io.mercato.promotions.PromotionQuote;
import io.mercato.promotions.PromotionScope;
import io.mercato.promotions.PromotionType;
import io.mercato.shared.domain.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The discount arithmetic over random lines (jqwik): whatever the prices, quantities and
 * the promotion's value, the discount never exceeds the matching lines' total and its
 * line shares add up to it exactly, none negative and none above its line.
 */
class PromotionDiscountPropertyTests {

	@Property(tries = 500)
	void percentageSharesAddUpToTheDiscountWithinEveryLine(@ForAll("lines") List<Money> lineTotals,
			@ForAll @BigRange(min = "0.01", max = "100") @Scale(2) BigDecimal percent) {
		assertSpreadHolds(PromotionType.PERCENTAGE, percent, lineTotals);
	}

	@Property(tries = 500)
	void fixedSharesAddUpToTheDiscountWithinEveryLine(@ForAll("lines") List<Money> lineTotals,
			@ForAll("amounts") BigDecimal amount) {
		assertSpreadHolds(PromotionType.FIXED, amount, lineTotals);
	}

	@Property(tries = 300)
	void discountsOnlyTheLinesTheScopeMatches(@ForAll("lines") List<Money> lineTotals,
			@ForAll @BigRange(min = "0.01", max = "100") @Scale(2) BigDecimal percent, @ForAll long seed) {
		Random random = new Random(seed);
		List<PricingLine> lines = lineTotals.stream()
			.map((total) -> new PricingLine(UUID.randomUUID(), UUID.randomUUID(), List.of(), total, 1))
			.toList();
		Set<UUID> chosen = lines.stream()
			.filter((line) -> random.nextBoolean())
			.map(PricingLine::productId)
			.collect(Collectors.toSet());
		PromotionTerms terms = new PromotionTerms(UUID.randomUUID(), "SOME", "Some", PromotionType.PERCENTAGE, percent,
				Instant.EPOCH, Instant.MAX, true, null, null, null, 0, PromotionScope.PRODUCTS, Set.of(), chosen, null,
				0);

		PromotionQuote quote = terms.price(lines, true, Instant.now());

		if (chosen.isEmpty()) {
			assertThat(quote.notApplicable().reason()).isEqualTo(Reason.NO_MATCHING_ITEMS);
			return;
		}
		Money matching = Money.ZERO;
		for (int i = 0; i < lines.size(); i++) {
			if (chosen.contains(lines.get(i).productId())) {
				matching = matching.plus(lines.get(i).total());
			}
			else {
				assertThat(quote.lineDiscounts().get(i)).isEqualTo(Money.ZERO);
			}
		}
		assertThat(quote.discountTotal()).isEqualTo(matching.percent(percent));
		assertThat(quote.lineDiscounts().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(quote.discountTotal());
	}

	@Example
	void takesAThirdOffThreeLinesOfTenCentsToTheCent() {
		List<Money> lines = List.of(Money.of("0.10"), Money.of("0.10"), Money.of("0.10"));

		Money discount = Discounts.discount(PromotionType.PERCENTAGE, new BigDecimal("33.33"), Money.of("0.30"));
		List<Money> shares = Discounts.spread(discount, lines);

		// 33.33 % of 0.30 is 0.09999, rounded half-up to 0.10; each line's exact share is
		// 0.0333…, so each gets 0.03 and the cent left over goes to the first line
		assertThat(discount).isEqualTo(Money.of("0.10"));
		assertThat(shares).containsExactly(Money.of("0.04"), Money.of("0.03"), Money.of("0.03"));
	}

	@Example
	void spreadsNothingWhenTheDiscountIsZero() {
		assertThat(Discounts.spread(Money.ZERO, List.of(Money.of("1.00"), Money.ZERO))).containsExactly(Money.ZERO,
				Money.ZERO);
	}

	private static void assertSpreadHolds(PromotionType type, BigDecimal value, List<Money> lineTotals) {
		Money total = lineTotals.stream().reduce(Money.ZERO, Money::plus);

		Money discount = Discounts.discount(type, value, total);
		List<Money> shares = Discounts.spread(discount, lineTotals);

		assertThat(discount.isNegative()).isFalse();
		assertThat(discount).isLessThanOrEqualTo(total);
		if (type == PromotionType.FIXED) {
			assertThat(discount).isEqualTo(Money.of(value).min(total));
		}
		else {
			assertThat(discount).isEqualTo(total.percent(value));
		}
		assertThat(shares).hasSameSizeAs(lineTotals);
		assertThat(shares.stream().reduce(Money.ZERO, Money::plus)).isEqualTo(discount);
		for (int i = 0; i < shares.size(); i++) {
			assertThat(shares.get(i).isNegative()).as("share %d", i).isFalse();
			assertThat(shares.get(i)).as("share %d", i).isLessThanOrEqualTo(lineTotals.get(i));
		}
	}

	/** 1 to 50 lines, each a unit price in cent steps times 1 to 1000 units. */
	@Provide
	Arbitrary<List<Money>> lines() {
		Arbitrary<Money> price = Arbitraries.longs()
			.between(1, 1_000_000)
			.map((cents) -> Money.of(BigDecimal.valueOf(cents, 2)));
		Arbitrary<Integer> quantity = Arbitraries.integers().between(1, 1000);
		return Combinators.combine(price, quantity).as(Money::times).list().ofMinSize(1).ofMaxSize(50);
	}

	/** Fixed amounts in cent steps, from a cent to more than most orders. */
	@Provide
	Arbitrary<BigDecimal> amounts() {
		return Arbitraries.longs().between(1, 100_000_000).map((cents) -> BigDecimal.valueOf(cents, 2));
	}

}
