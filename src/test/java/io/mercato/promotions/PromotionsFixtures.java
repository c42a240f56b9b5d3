package io.mercato.promotions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.mercato.accounts.AccountsFixtures;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reaches promotion states through the module API, as an admin: coded promotions with a
 * unique code, and automatic ones. Automatic promotions apply to every cart their scope
 * matches, in every test of the JVM, so these are always scoped to one shopkeeper: give
 * them a shopkeeper of the test's own.
 */
public class PromotionsFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final AccountsFixtures accounts;

	private final PromotionAdministration administration;

	private final JdbcClient jdbc;

	private CurrentUser admin;

	public PromotionsFixtures(AccountsFixtures accounts, PromotionAdministration administration, JdbcClient jdbc) {
		this.accounts = accounts;
		this.administration = administration;
		this.jdbc = jdbc;
	}

	/** The fixtures over the beans of a test's application context. */
	public static PromotionsFixtures of(ApplicationContext context) {
		return new PromotionsFixtures(AccountsFixtures.of(context), context.getBean(PromotionAdministration.class),
				context.getBean(JdbcClient.class));
	}

	/** An admin, the same for every call, as the module API sees its caller. */
	public CurrentUser admin() {
		if (this.admin == null) {
			this.admin = this.accounts.adminUser();
		}
		return this.admin;
	}

	/** A code no other test uses, starting with the prefix. */
	public static String uniqueCode(String prefix) {
		return (prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8))
			.toUpperCase();
	}

	/**
	 * An active promotion of a percentage off every line, with the code, started an hour
	 * ago and ending in thirty days, without limits.
	 */
	public PromotionView percentagePromotion(String code, String percent) {
		return promotion(draft(code, PromotionType.PERCENTAGE, percent));
	}

	/** As {@link #percentagePromotion}, a fixed amount off the lines together. */
	public PromotionView fixedPromotion(String code, String amount) {
		return promotion(draft(code, PromotionType.FIXED, amount));
	}

	/**
	 * An active automatic promotion on the shopkeeper's products, started an hour ago and
	 * ending in thirty days.
	 * @param shopkeeperId a verified shopkeeper
	 */
	public PromotionView automaticPromotion(PromotionType type, String value, UUID shopkeeperId) {
		return promotion(new PromotionDraft(null, "Shop days", null, type, Money.of(value), hoursAgo(1),
				hoursAgo(-24 * 30), null, null, null, PromotionScope.SHOPKEEPER, null, null, shopkeeperId, true));
	}

	/** A promotion created by an admin. */
	public PromotionView promotion(PromotionDraft draft) {
		return this.administration.createPromotion(admin(), draft);
	}

	/**
	 * An active promotion's draft on every line, started an hour ago and ending in thirty
	 * days, without limits, for a test to vary.
	 */
	public static PromotionDraft draft(String code, PromotionType type, String value) {
		return new PromotionDraft(code, "Spring sale", null, type, Money.of(value), hoursAgo(1), hoursAgo(-24 * 30),
				null, null, null, PromotionScope.ALL, null, null, null, true);
	}

	/** A line to price: {@code quantity} units at {@code price}, in the categories. */
	public static PricingLine line(UUID productId, UUID shopkeeperId, List<UUID> categoryIds, String price,
			int quantity) {
		return new PricingLine(productId, shopkeeperId, categoryIds, Money.of(price), quantity);
	}

	/** A line of an unknown shop, outside any category a test made. */
	public static PricingLine line(String price, int quantity) {
		return line(UUID.randomUUID(), UUID.randomUUID(), List.of(UUID.randomUUID()), price, quantity);
	}

	public static Instant hoursAgo(long hours) {
		return Instant.now().minus(Duration.ofHours(hours));
	}

	/** The promotion's usage count, as stored. */
	public int usageCount(UUID promotionId) {
		return this.jdbc.sql("select usage_count from promotions.promotion where id = ?")
			.param(promotionId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Asserts that every promotion's usage count is the number of its uses not given
	 * back, over all promotions in one query.
	 */
	public void assertUsageCountsMatchRedemptions() {
		long mismatches = this.jdbc.sql("""
				select count(*) from promotions.promotion p
				left join (select promotion_id, count(*) as uses from promotions.redemption
				           where status = 'ACTIVE' group by promotion_id) r on r.promotion_id = p.id
				where p.usage_count <> coalesce(r.uses, 0)""").query(Long.class).single();
		assertThat(mismatches).as("promotions whose usage count is not their active redemptions").isZero();
	}

}
