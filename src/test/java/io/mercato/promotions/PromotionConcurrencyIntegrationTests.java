package io.mercato.promotions;

import java.util.List;
import java.util.UUID;

import io.mercato.promotions.PromotionNotApplicableException.Reason;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.Race;
import io.mercato.testing.Race.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static io.mercato.promotions.PromotionsFixtures.hoursAgo;
import static io.mercato.promotions.PromotionsFixtures.line;
import static io.mercato.promotions.PromotionsFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uses of a promotion taken and given back by checkouts racing on real threads against
 * the real database: no limit is ever exceeded, and a use is given back once. Any
 * exception but {@link PromotionNotApplicableException} (a deadlock would surface as
 * PostgreSQL's 40P01) fails the test.
 */
@MercatoApiTest
class PromotionConcurrencyIntegrationTests {

	private static final List<PricingLine> LINES = List.of(line("40.00", 1), line("9.99", 3));

	@Autowired
	PromotionManagement promotions;

	@Autowired
	ApplicationContext context;

	PromotionsFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = PromotionsFixtures.of(this.context);
	}

	@AfterEach
	void usageCountsMatchRedemptions() {
		this.fixtures.assertUsageCountsMatchRedemptions();
	}

	@Test
	void twentyCustomersRacingForFiveUsesGetExactlyFive() throws Exception {
		PromotionView promotion = limited(5, null);
		String code = promotion.code();

		List<String> outcomes = values(Race.of(20, (i) -> redeem(PromotionCustomer.user(UUID.randomUUID()), code)));

		assertThat(outcomes).filteredOn("redeemed"::equals).hasSize(5);
		assertThat(outcomes).filteredOn(Reason.USAGE_LIMIT_REACHED.value()::equals).hasSize(15);
		assertThat(this.fixtures.usageCount(promotion.id())).isEqualTo(5);
	}

	@Test
	void oneCustomerRacingTenCheckoutsGetsTheOneUseAllowed() throws Exception {
		PromotionView promotion = limited(null, 1);
		String code = promotion.code();
		PromotionCustomer customer = PromotionCustomer.user(UUID.randomUUID());

		List<String> outcomes = values(Race.of(10, (i) -> redeem(customer, code)));

		assertThat(outcomes).filteredOn("redeemed"::equals).hasSize(1);
		assertThat(outcomes).filteredOn(Reason.CUSTOMER_USAGE_LIMIT_REACHED.value()::equals).hasSize(9);
		assertThat(this.fixtures.usageCount(promotion.id())).isEqualTo(1);
	}

	@Test
	void aGuestRacingUnderTheirEmailInAnyCaseGetsTheOneUseAllowed() throws Exception {
		PromotionView promotion = limited(null, 1);
		String code = promotion.code();
		String email = "racer-" + UUID.randomUUID() + "@example.com";

		List<String> outcomes = values(
				Race.of(10, (i) -> redeem(PromotionCustomer.guest((i % 2 == 0) ? email : email.toUpperCase()), code)));

		assertThat(outcomes).filteredOn("redeemed"::equals).hasSize(1);
		assertThat(this.fixtures.usageCount(promotion.id())).isEqualTo(1);
	}

	@Test
	void racingReleasesGiveAUseBackOnce() throws Exception {
		PromotionView promotion = limited(3, null);
		String code = promotion.code();
		List<String> orders = List.of(reference(), reference(), reference());
		for (String order : orders) {
			this.promotions.redeem(PromotionCustomer.user(UUID.randomUUID()), code, LINES, order);
		}

		List<Boolean> released = values(Race.of(12, (i) -> this.promotions.release(orders.get(i % 3))));

		assertThat(released).filteredOn(Boolean::booleanValue).hasSize(3);
		assertThat(this.fixtures.usageCount(promotion.id())).isZero();
	}

	@Test
	void aReleaseRacingARedemptionOfTheSameReferenceQueuesInsteadOfDeadlocking() throws Exception {
		String code = limited(null, null).code();
		for (int round = 0; round < 15; round++) {
			String order = reference();
			this.promotions.redeem(PromotionCustomer.user(UUID.randomUUID()), code, LINES, order);

			List<String> outcomes = Race.run(List.<java.util.concurrent.Callable<String>>of(
					() -> this.promotions.release(order) ? "released" : "nothing to release", () -> {
						this.promotions.redeem(PromotionCustomer.user(UUID.randomUUID()), code, LINES, order);
						return "redeemed";
					}))
				.stream()
				.map((outcome) -> outcome.valueOr(PromotionsException.AlreadyRedeemed.class,
						PromotionsException.AlreadyRedeemed::code))
				.toList();

			assertThat(outcomes.get(0)).isEqualTo("released");
			assertThat(outcomes.get(1)).isIn("redeemed", "promotion_already_redeemed");
		}
	}

	@Test
	void eightAdminsRacingForOneCodeCreateOnePromotion() throws Exception {
		String code = uniqueCode("same");
		PromotionAdministration administration = this.context.getBean(PromotionAdministration.class);
		PromotionDraft draft = PromotionsFixtures.draft(code, PromotionType.FIXED, "5.00");
		CurrentUser admin = this.fixtures.admin();

		List<String> outcomes = Race.of(8, (i) -> {
			String cased = (i % 2 == 0) ? code : code.toLowerCase();
			administration.createPromotion(admin,
					new PromotionDraft(cased, draft.name(), null, draft.type(), draft.value(), draft.startsAt(),
							draft.endsAt(), null, null, null, PromotionScope.ALL, null, null, null, true));
			return "created";
		})
			.stream()
			.map((outcome) -> outcome.valueOr(PromotionsException.CodeTaken.class, PromotionsException.CodeTaken::code))
			.toList();

		assertThat(outcomes).containsOnlyOnce("created");
		assertThat(outcomes).filteredOn("promotion_code_taken"::equals).hasSize(7);
	}

	/**
	 * Redeems, answering {@code redeemed} or why the promotion did not apply; any other
	 * failure propagates.
	 */
	private String redeem(PromotionCustomer customer, String code) {
		try {
			PromotionQuote quote = this.promotions.redeem(customer, code, LINES, reference());
			assertThat(quote.discountTotal()).isEqualTo(Money.of("7.00"));
			return "redeemed";
		}
		catch (PromotionNotApplicableException ex) {
			return ex.notApplicable().reason().value();
		}
	}

	private PromotionView limited(Integer usageLimit, Integer perCustomerLimit) {
		return this.fixtures.promotion(new PromotionDraft(uniqueCode("race"), "Race", null, PromotionType.PERCENTAGE,
				Money.of("10"), hoursAgo(1), hoursAgo(-48), null, usageLimit, perCustomerLimit, PromotionScope.ALL,
				null, null, null, true));
	}

	private static String reference() {
		return "order-" + UUID.randomUUID();
	}

	private static <T> List<T> values(List<Outcome<T>> outcomes) {
		return outcomes.stream().map(Outcome::value).toList();
	}

}
