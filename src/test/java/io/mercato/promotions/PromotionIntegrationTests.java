package io.mercato.promotions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.mercato.accounts.AccountsFixtures;
import io.mercato.promotions.PromotionNotApplicableException.Reason;
import io.mercato.shared.domain.Money;
import io.mercato.testing.QueryCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static io.mercato.promotions.PromotionsFixtures.draft;
import static io.mercato.promotions.PromotionsFixtures.hoursAgo;
import static io.mercato.promotions.PromotionsFixtures.line;
import static io.mercato.promotions.PromotionsFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Promotions as a module, booted with the modules it depends on: quotes, their reasons
 * when a promotion does not apply, uses taken and given back, and the statement a quote
 * costs. After every test, each promotion's usage count is its uses not given back.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class PromotionIntegrationTests {

	@Autowired
	PromotionManagement promotions;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	PromotionsFixtures fixtures;

	AccountsFixtures accounts;

	PromotionCustomer customer = PromotionCustomer.user(UUID.randomUUID());

	@BeforeEach
	void setUp() {
		this.fixtures = PromotionsFixtures.of(this.context);
		this.accounts = AccountsFixtures.of(this.context);
	}

	@AfterEach
	void usageCountsMatchRedemptions() {
		this.fixtures.assertUsageCountsMatchRedemptions();
	}

	@Test
	void quotesACodeInOneStatementWhateverItsCase() {
		String code = uniqueCode("spring");
		PromotionView promotion = this.fixtures.percentagePromotion(code, "10");
		List<PricingLine> lines = List.of(line("19.99", 3), line("5.01", 1));

		QueryCounter.reset();
		PromotionQuote quote = this.promotions.quote(this.customer, code.toLowerCase(), lines);

		assertThat(QueryCounter.count()).isEqualTo(1);
		assertThat(quote.notApplicable()).isNull();
		assertThat(quote.promotion().id()).isEqualTo(promotion.id());
		assertThat(quote.promotion().code()).isEqualTo(code);
		// 10 % of 64.98 is 6.498, rounded half-up to 6.50, spread 59.97 : 5.01
		assertThat(quote.discountTotal()).isEqualTo(Money.of("6.50"));
		assertThat(quote.lineDiscounts()).containsExactly(Money.of("6.00"), Money.of("0.50"));
		assertThat(this.fixtures.usageCount(promotion.id())).isZero();
	}

	@Test
	void quotesTheBestAutomaticPromotionInOneStatement() {
		UUID shop = this.accounts.verifiedShopkeeperUser().id();
		this.fixtures.automaticPromotion(PromotionType.PERCENTAGE, "10", shop);
		PromotionView best = this.fixtures.automaticPromotion(PromotionType.FIXED, "15.00", shop);
		List<PricingLine> lines = List.of(line(UUID.randomUUID(), shop, List.of(), "100.00", 1), line("30.00", 2));

		QueryCounter.reset();
		PromotionQuote quote = this.promotions.quote(PromotionCustomer.anonymous(), null, lines);

		assertThat(QueryCounter.count()).isEqualTo(1);
		assertThat(quote.promotion().id()).isEqualTo(best.id());
		assertThat(quote.promotion().code()).isNull();
		assertThat(quote.lineDiscounts()).containsExactly(Money.of("15.00"), Money.ZERO);
	}

	@Test
	void quotesNothingWithoutACodeWhenNoAutomaticPromotionApplies() {
		PromotionQuote quote = this.promotions.quote(this.customer, null, List.of(line("10.00", 1)));

		assertThat(quote.promotion()).isNull();
		assertThat(quote.notApplicable()).isNull();
		assertThat(quote.discountTotal()).isEqualTo(Money.ZERO);
		assertThat(quote.lineDiscounts()).containsExactly(Money.ZERO);
		assertThat(this.promotions.redeem(this.customer, null, List.of(line("10.00", 1)), reference()).promotion())
			.isNull();
	}

	@Test
	void answersWhyACodeDoesNotApplyInTheQuoteAndRefusesToRedeemIt() {
		String notStarted = coded(hoursAgo(-1), hoursAgo(-48), null, null, null);
		String expired = coded(hoursAgo(48), hoursAgo(1), null, null, null);
		String minimum = coded(hoursAgo(1), hoursAgo(-48), Money.of("50.00"), null, null);
		String inactive = uniqueCode("off");
		this.fixtures.promotion(new PromotionDraft(inactive, "Off", null, PromotionType.PERCENTAGE, Money.of("5"),
				hoursAgo(1), hoursAgo(-48), null, null, null, PromotionScope.ALL, null, null, null, false));
		String elsewhere = uniqueCode("shop");
		this.fixtures.promotion(new PromotionDraft(elsewhere, "Shop", null, PromotionType.PERCENTAGE, Money.of("5"),
				hoursAgo(1), hoursAgo(-48), null, null, null, PromotionScope.SHOPKEEPER, null, null,
				this.accounts.verifiedShopkeeperUser().id(), true));

		assertNotApplicable(notStarted, Reason.NOT_STARTED);
		assertNotApplicable(expired, Reason.EXPIRED);
		assertNotApplicable(minimum, Reason.MINIMUM_SUBTOTAL_NOT_MET);
		assertNotApplicable(inactive, Reason.INACTIVE);
		assertNotApplicable(elsewhere, Reason.NO_MATCHING_ITEMS);
		assertNotApplicable(uniqueCode("nope"), Reason.UNKNOWN_CODE);
		assertNotApplicable("no such code!", Reason.UNKNOWN_CODE);
	}

	@Test
	void takesAUseAndRefusesItOverTheLimits() {
		String code = coded(hoursAgo(1), hoursAgo(-48), null, 2, 1);
		PromotionCustomer other = PromotionCustomer.guest("Guest-" + UUID.randomUUID() + "@Example.com");
		List<PricingLine> lines = List.of(line("10.00", 1));

		PromotionQuote taken = this.promotions.redeem(this.customer, code, lines, reference());

		assertThat(taken.discountTotal()).isEqualTo(Money.of("1.00"));
		assertThat(this.fixtures.usageCount(taken.promotion().id())).isEqualTo(1);
		assertNotApplicable(code, this.customer, Reason.CUSTOMER_USAGE_LIMIT_REACHED);
		// a guest is known by their email, whatever its case
		this.promotions.redeem(other, code, lines, reference());
		assertNotApplicable(code, PromotionCustomer.guest(other.email().toUpperCase()), Reason.USAGE_LIMIT_REACHED);
		assertThat(this.fixtures.usageCount(taken.promotion().id())).isEqualTo(2);
	}

	@Test
	void releaseGivesTheUseBackOnce() {
		String code = coded(hoursAgo(1), hoursAgo(-48), null, 1, null);
		List<PricingLine> lines = List.of(line("10.00", 1));
		String order = reference();
		UUID promotionId = this.promotions.redeem(this.customer, code, lines, order).promotion().id();
		assertNotApplicable(code, PromotionCustomer.user(UUID.randomUUID()), Reason.USAGE_LIMIT_REACHED);

		assertThat(this.promotions.release(order)).isTrue();
		assertThat(this.promotions.release(order)).isFalse();

		assertThat(this.fixtures.usageCount(promotionId)).isZero();
		assertThat(this.promotions.quote(this.customer, code, lines).notApplicable()).isNull();
		assertThat(this.promotions.release(reference())).isFalse();
	}

	@Test
	void redeemsInAFixedNumberOfStatementsAndReleasesInTwo() {
		String code = coded(hoursAgo(1), hoursAgo(-48), null, 5, 1);
		List<PricingLine> lines = List.of(line("10.00", 1), line("20.00", 4), line("1.00", 9));
		String order = reference();

		QueryCounter.reset();
		this.promotions.redeem(this.customer, code, lines, order);
		// lock, the customer's uses under the lock, the use, the count
		assertThat(QueryCounter.count()).isEqualTo(4);

		QueryCounter.reset();
		assertThat(this.promotions.release(order)).isTrue();
		// the promotion's lock, then the use and the count together
		assertThat(QueryCounter.count()).isEqualTo(2);
	}

	@Test
	void aDeletedPromotionKeepsItsUsesAndStillTakesOneBack() {
		String code = coded(hoursAgo(1), hoursAgo(-48), null, null, null);
		List<PricingLine> lines = List.of(line("10.00", 1));
		String order = reference();
		UUID promotionId = this.promotions.redeem(this.customer, code, lines, order).promotion().id();

		this.context.getBean(PromotionAdministration.class).deletePromotion(this.fixtures.admin(), promotionId);

		assertNotApplicable(code, Reason.UNKNOWN_CODE);
		assertThat(this.promotions.release(order)).isTrue();
		assertThat(this.fixtures.usageCount(promotionId)).isZero();
	}

	@Test
	void aReferenceHoldsOneUseUntilItIsReleased() {
		String code = coded(hoursAgo(1), hoursAgo(-48), null, null, null);
		List<PricingLine> lines = List.of(line("10.00", 1));
		String order = reference();
		UUID promotionId = this.promotions.redeem(this.customer, code, lines, order).promotion().id();

		assertThatExceptionOfType(PromotionsException.AlreadyRedeemed.class)
			.isThrownBy(() -> this.promotions.redeem(this.customer, code, lines, order));
		assertThat(this.fixtures.usageCount(promotionId)).isEqualTo(1);

		this.promotions.release(order);
		this.promotions.redeem(this.customer, code, lines, order);
		assertThat(this.fixtures.usageCount(promotionId)).isEqualTo(1);
	}

	@Test
	void redeemsTheBestAutomaticPromotionThatStillApplies() {
		UUID shop = this.accounts.verifiedShopkeeperUser().id();
		PromotionView once = this.fixtures
			.promotion(new PromotionDraft(null, "Once", null, PromotionType.FIXED, Money.of("20.00"), hoursAgo(1),
					hoursAgo(-48), null, 1, null, PromotionScope.SHOPKEEPER, null, null, shop, true));
		PromotionView always = this.fixtures.automaticPromotion(PromotionType.PERCENTAGE, "10", shop);
		List<PricingLine> lines = List.of(line(UUID.randomUUID(), shop, List.of(), "50.00", 1));

		PromotionQuote first = this.promotions.redeem(this.customer, null, lines, reference());
		PromotionQuote second = this.promotions.redeem(this.customer, null, lines, reference());

		assertThat(first.promotion().id()).isEqualTo(once.id());
		assertThat(first.discountTotal()).isEqualTo(Money.of("20.00"));
		assertThat(second.promotion().id()).isEqualTo(always.id());
		assertThat(second.discountTotal()).isEqualTo(Money.of("5.00"));
	}

	@Test
	void theDatabaseHoldsTheValueRulesToo() {
		PromotionView promotion = this.fixtures.percentagePromotion(uniqueCode("db"), "10");

		for (String change : List.of("value = 100.01", "value = 0", "ends_at = starts_at", "code = 'lower'",
				"usage_limit = 0", "scope = 'PRODUCTS'")) {
			assertThatExceptionOfType(DataIntegrityViolationException.class).as(change)
				.isThrownBy(() -> this.jdbc.sql("update promotions.promotion set " + change + " where id = ?")
					.param(promotion.id())
					.update());
		}
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.sql("update promotions.promotion set type = 'FIXED', value = -1 where id = ?")
				.param(promotion.id())
				.update());
	}

	private String coded(Instant startsAt, Instant endsAt, Money minimumSubtotal, Integer usageLimit,
			Integer perCustomerLimit) {
		String code = uniqueCode("code");
		PromotionDraft base = draft(code, PromotionType.PERCENTAGE, "10");
		this.fixtures.promotion(new PromotionDraft(code, base.name(), null, base.type(), base.value(), startsAt, endsAt,
				minimumSubtotal, usageLimit, perCustomerLimit, PromotionScope.ALL, null, null, null, true));
		return code;
	}

	private void assertNotApplicable(String code, Reason reason) {
		assertNotApplicable(code, this.customer, reason);
	}

	private void assertNotApplicable(String code, PromotionCustomer customer, Reason reason) {
		List<PricingLine> lines = List.of(line("10.00", 2), line("5.00", 1));

		PromotionQuote quote = this.promotions.quote(customer, code, lines);

		assertThat(quote.notApplicable()).as(code).isNotNull();
		assertThat(quote.notApplicable().reason()).as(code).isEqualTo(reason);
		assertThat(quote.promotion()).isNull();
		assertThat(quote.discountTotal()).isEqualTo(Money.ZERO);
		assertThat(quote.lineDiscounts()).containsExactly(Money.ZERO, Money.ZERO);
		assertThatExceptionOfType(PromotionNotApplicableException.class)
			.isThrownBy(() -> this.promotions.redeem(customer, code, lines, reference()))
			.satisfies((ex) -> {
				assertThat(ex.notApplicable().reason()).isEqualTo(reason);
				assertThat(ex.code()).isEqualTo("promotion_not_applicable");
				assertThat(ex.details()).containsEntry("reason", reason.value());
			});
	}

	private static String reference() {
		return "order-" + UUID.randomUUID();
	}

}
