package io.mercato.promotions.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.mercato.promotions.PromotionDraft;
import io.mercato.promotions.PromotionPatch;
import io.mercato.promotions.PromotionScope;
import io.mercato.promotions.PromotionType;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.Role;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The promotion's value rules, each answered with a field error named as the JSON field.
 */
class PromotionUnitTests {

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void storesTheCodeUpperCase() {
		Promotion promotion = new Promotion(UUID.randomUUID(), Role.ADMIN, draft(" spring-10 ", "10", START));

		assertThat(promotion.toView().code()).isEqualTo("SPRING-10");
		assertThat(promotion.toView().automatic()).isFalse();
		assertThat(promotion.toView().usageCount()).isZero();
	}

	@Test
	void refusesAPercentageOverAHundredOrNotAboveZero() {
		assertThat(violations(draft("SALE", "100.01", START)))
			.containsExactly(new InvalidField("value", "a percentage must be greater than 0 and at most 100"));
		assertThat(violations(draft("SALE", "0", START))).extracting(InvalidField::field).containsExactly("value");
		assertThat(violations(draft("SALE", "100", START))).isEmpty();
	}

	@Test
	void refusesAFixedAmountNotAboveZero() {
		PromotionDraft fixed = new PromotionDraft("SALE", "Sale", null, PromotionType.FIXED, Money.of("0.00"), START,
				START.plusSeconds(60), null, null, null, PromotionScope.ALL, null, null, null, true);

		assertThat(violations(fixed))
			.containsExactly(new InvalidField("value", "a fixed amount must be greater than 0"));
	}

	@Test
	void refusesAnEndNotAfterTheStart() {
		PromotionDraft backwards = new PromotionDraft("SALE", "Sale", null, PromotionType.PERCENTAGE, Money.of("10"),
				START, START.minusSeconds(1), null, null, null, PromotionScope.ALL, null, null, null, true);
		PromotionDraft empty = new PromotionDraft("SALE", "Sale", null, PromotionType.PERCENTAGE, Money.of("10"), START,
				START, null, null, null, PromotionScope.ALL, null, null, null, true);

		assertThat(violations(backwards)).containsExactly(new InvalidField("ends_at", "must be after starts_at"));
		assertThat(violations(empty)).extracting(InvalidField::field).containsExactly("ends_at");
	}

	@Test
	void refusesACodeOutOfFormat() {
		for (String code : List.of("AB", "A".repeat(33), "TEN OFF", "ÄPFEL", "10%")) {
			assertThat(violations(draft(code, "10", START))).as(code)
				.containsExactly(new InvalidField("code", "must be 3 to 32 letters, digits, dashes or underscores"));
		}
		assertThat(violations(draft("a_b-3", "10", START))).isEmpty();
	}

	@Test
	void namesEveryBrokenRuleAtOnce() {
		PromotionDraft broken = new PromotionDraft("x", " ", null, PromotionType.PERCENTAGE, Money.of("150"), START,
				START.minusSeconds(5), Money.of("-1"), 0, 0, PromotionScope.CATEGORIES, List.of(),
				List.of(UUID.randomUUID()), null, true);

		assertThatExceptionOfType(InvalidFieldsException.class)
			.isThrownBy(() -> new Promotion(UUID.randomUUID(), Role.ADMIN, broken))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(InvalidField::field)
				.containsExactly("code", "name", "value", "ends_at", "minimum_subtotal", "usage_limit",
						"per_customer_limit", "category_ids", "product_ids"));
	}

	@Test
	void keepsTheIdsToItsScope() {
		PromotionDraft shop = new PromotionDraft(null, "Shop week", null, PromotionType.PERCENTAGE, Money.of("5"),
				START, START.plus(Duration.ofDays(7)), null, null, null, PromotionScope.SHOPKEEPER, null, null, null,
				true);

		assertThat(violations(shop))
			.containsExactly(new InvalidField("shopkeeper_id", "is required for the scope SHOPKEEPER"));
	}

	@Test
	void aPatchThatChangesTheScopeDropsTheOldScopesIds() {
		Promotion promotion = new Promotion(UUID.randomUUID(), Role.ADMIN,
				new PromotionDraft(null, "Lamps", null, PromotionType.PERCENTAGE, Money.of("5"), START,
						START.plus(Duration.ofDays(7)), null, null, null, PromotionScope.CATEGORIES,
						List.of(UUID.randomUUID()), null, null, true));

		PromotionDraft patched = new PromotionPatch(null, null, null, null, null, null, null, null, null, null,
				PromotionScope.ALL, null, null, null, false)
			.applyTo(promotion.toDraft());
		promotion.edit(patched);

		assertThat(promotion.toView().categoryIds()).isEmpty();
		assertThat(promotion.toView().scope()).isEqualTo(PromotionScope.ALL);
		assertThat(promotion.toView().active()).isFalse();
	}

	private static List<InvalidField> violations(PromotionDraft draft) {
		return Promotion.violations(draft);
	}

	private static PromotionDraft draft(String code, String percent, Instant startsAt) {
		return new PromotionDraft(code, "Spring sale", null, PromotionType.PERCENTAGE, Money.of(percent), startsAt,
				startsAt.plus(Duration.ofDays(30)), null, null, null, PromotionScope.ALL, null, null, null, true);
	}

}
