package io.mercato.promotions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.mercato.promotions.PricingLine;
import io.mercato.promotions.PromotionNotApplicableException.Reason;
import io.mercato.promotions.PromotionQuote;
import io.mercato.promotions.PromotionScope;
import io.mercato.promotions.PromotionType;
import io.mercato.shared.domain.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The discount arithmetic over random lines (QuickTheories): whatever the prices,
 * quantities and the promotion's value, the discount never exceeds the matching lines'
 * total and its line shares add up to it exactly, none negative and none above its line.
 * <p>
 * Every property draws its examples from a fixed seed, so a run is reproducible; a
 * failure names the smallest falsifying lines it shrank to.
 */
class PromotionDiscountPropertyTests {

	private static final int EXAMPLES = 1000;

	private static final long SEED = 20_240_917L;

	/** In percent of draws, how often a value is one of its range's bounds. */
	private static final int BOUNDS_WEIGHT = 10;

	@Test
	void percentageSharesAddUpToTheDiscountWithinEveryLine() {
		theory().forAll(lineTotals(), percents())
			.checkAssert((lineTotals, percent) -> assertSpreadHolds(PromotionType.PERCENTAGE, percent, lineTotals));
	}

	@Test
	void fixedSharesAddUpToTheDiscountWithinEveryLine() {
		theory().forAll(lineTotals(), amounts())
			.checkAssert((lineTotals, amount) -> assertSpreadHolds(PromotionType.FIXED, amount, lineTotals));
	}

	@Test
	void discountsOnlyTheLinesTheScopeMatches() {
		theory().forAll(scopedLines(), percents()).checkAssert(PromotionDiscountPropertyTests::assertOnlyMatchingLines);
	}

	@Test
	void takesAThirdOffThreeLinesOfTenCentsToTheCent() {
		List<Money> lines = List.of(Money.of("0.10"), Money.of("0.10"), Money.of("0.10"));

		Money discount = Discounts.discount(PromotionType.PERCENTAGE, new BigDecimal("33.33"), Money.of("0.30"));
		List<Money> shares = Discounts.spread(discount, lines);

		// 33.33 % of 0.30 is 0.09999, rounded half-up to 0.10; each line's exact share is
		// 0.0333…, so each gets 0.03 and the cent left over goes to the first line
		assertThat(discount).isEqualTo(Money.of("0.10"));
		assertThat(shares).containsExactly(Money.of("0.04"), Money.of("0.03"), Money.of("0.03"));
	}

	@Test
	void spreadsNothingWhenTheDiscountIsZero() {
		assertThat(Discounts.spread(Money.ZERO, List.of(Money.of("1.00"), Money.ZERO))).containsExactly(Money.ZERO,
				Money.ZERO);
	}

	private static QuickTheory theory() {
		return qt().withExamples(EXAMPLES).withFixedSeed(SEED);
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

	private static void assertOnlyMatchingLines(List<ScopedLine> scopedLines, BigDecimal percent) {
		List<PricingLine> lines = new ArrayList<>(scopedLines.size());
		for (int i = 0; i < scopedLines.size(); i++) {
			ScopedLine line = scopedLines.get(i);
			lines.add(new PricingLine(new UUID(1, i), new UUID(2, i), List.of(), line.unitPrice(), line.quantity()));
		}
		Set<UUID> chosen = IntStream.range(0, scopedLines.size())
			.filter((i) -> scopedLines.get(i).matches())
			.mapToObj((i) -> lines.get(i).productId())
			.collect(Collectors.toSet());
		PromotionTerms terms = new PromotionTerms(new UUID(3, 0), "SOME", "Some", PromotionType.PERCENTAGE, percent,
				Instant.EPOCH, Instant.MAX, true, null, null, null, 0, PromotionScope.PRODUCTS, Set.of(), chosen, null,
				0);

		PromotionQuote quote = terms.price(lines, true, Instant.now());

		if (chosen.isEmpty()) {
			assertThat(quote.notApplicable().reason()).isEqualTo(Reason.NO_MATCHING_ITEMS);
			return;
		}
		assertThat(quote.notApplicable()).isNull();
		assertThat(quote.lineDiscounts()).hasSameSizeAs(lines);
		Money matching = Money.ZERO;
		for (int i = 0; i < lines.size(); i++) {
			Money share = quote.lineDiscounts().get(i);
			if (chosen.contains(lines.get(i).productId())) {
				matching = matching.plus(lines.get(i).total());
				assertThat(share.isNegative()).as("share %d", i).isFalse();
				assertThat(share).as("share %d", i).isLessThanOrEqualTo(lines.get(i).total());
			}
			else {
				assertThat(share).as("share %d", i).isEqualTo(Money.ZERO);
			}
		}
		assertThat(quote.discountTotal()).isEqualTo(matching.percent(percent));
		assertThat(quote.discountTotal()).isLessThanOrEqualTo(matching);
		assertThat(quote.lineDiscounts().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(quote.discountTotal());
	}

	/** 1 to 50 lines, each a unit price in cent steps times 1 to 1000 units. */
	private static Gen<List<Money>> lineTotals() {
		return lists().of(unitPrices().zip(quantities(), Money::times)).ofSizeBetween(1, 50);
	}

	/** 1 to 50 lines as {@link #lineTotals()}, each matched by the scope or not. */
	private static Gen<List<ScopedLine>> scopedLines() {
		return lists().of(unitPrices().zip(quantities(), booleans().all(), ScopedLine::new)).ofSizeBetween(1, 50);
	}

	/** Unit prices in cent steps, from a cent to 10,000.00. */
	private static Gen<Money> unitPrices() {
		return cents(1, 1_000_000).map(Money::of);
	}

	private static Gen<Integer> quantities() {
		return integers().between(1, 1000).mix(Generate.pick(List.of(1, 1000)), BOUNDS_WEIGHT);
	}

	/** Percentages in steps of 0.01, from 0.01 to 100. */
	private static Gen<BigDecimal> percents() {
		return cents(1, 10_000);
	}

	/** Fixed amounts in cent steps, from a cent to more than most orders. */
	private static Gen<BigDecimal> amounts() {
		return cents(1, 100_000_000);
	}

	/**
	 * Decimals with two places from {@code min} to {@code max} hundredths, bounds often.
	 */
	private static Gen<BigDecimal> cents(long min, long max) {
		return longs().between(min, max)
			.mix(Generate.pick(List.of(min, max)), BOUNDS_WEIGHT)
			.map((cents) -> BigDecimal.valueOf(cents, 2));
	}

	/** A line to price, and whether the promotion's scope names its product. */
	private record ScopedLine(Money unitPrice, int quantity, boolean matches) {

	}

}
