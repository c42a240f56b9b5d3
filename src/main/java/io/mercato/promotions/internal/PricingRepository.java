package io.mercato.promotions.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.mercato.promotions.PromotionCustomer;
import io.mercato.promotions.PromotionScope;
import io.mercato.promotions.PromotionType;
import io.mercato.shared.database.SqlValues;
import io.mercato.shared.domain.Ids;
import io.mercato.shared.domain.Money;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The promotions as pricing reads them, and their uses: each read is one statement that
 * loads the promotions with their scope and the customer's uses, and each use is taken or
 * given back by statements that change the usage count under the promotion's row lock.
 */
@Repository
class PricingRepository {

	private static final String TERMS = """
			select p.id, p.code, p.name, p.type, p.value, p.starts_at, p.ends_at, p.is_active, p.minimum_subtotal,
			       p.usage_limit, p.per_customer_limit, p.usage_count, p.scope, p.category_ids, p.product_ids,
			       p.shopkeeper_id""";

	private final JdbcClient jdbc;

	PricingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reads the live promotion with the code, whatever its case, and the customer's uses
	 * of it, in one statement.
	 * @param code the code, upper-case
	 */
	Optional<PromotionTerms> coded(String code, PromotionCustomer customer) {
		List<Object> parameters = new ArrayList<>();
		String uses = customerUses(customer, parameters);
		parameters.add(code);
		return this.jdbc.sql(TERMS + uses + """
				from promotions.promotion p
				where lower(p.code) = lower(?) and p.deleted_at is null""")
			.params(parameters)
			.query(PricingRepository::terms)
			.optional();
	}

	/**
	 * Reads the live automatic promotions, active and within their window now, each with
	 * the customer's uses, in one statement.
	 */
	List<PromotionTerms> automatic(Instant now, PromotionCustomer customer) {
		List<Object> parameters = new ArrayList<>();
		String uses = customerUses(customer, parameters);
		parameters.add(SqlValues.timestamp(now));
		parameters.add(SqlValues.timestamp(now));
		return this.jdbc.sql(TERMS + uses + """
				from promotions.promotion p
				where p.code is null and p.is_active and p.deleted_at is null and p.starts_at <= ? and p.ends_at > ?""")
			.params(parameters)
			.query(PricingRepository::terms)
			.list();
	}

	/**
	 * Locks the live promotion with the code until the end of the transaction and reads
	 * it as it is once locked; the customer's uses are left at zero, to be counted under
	 * the lock by {@link #customerUses}.
	 */
	Optional<PromotionTerms> lockCoded(String code) {
		return this.jdbc
			.sql(TERMS + ", 0 as customer_uses from promotions.promotion p "
					+ "where lower(p.code) = lower(?) and p.deleted_at is null for update")
			.param(code)
			.query(PricingRepository::terms)
			.optional();
	}

	/**
	 * Locks the promotions until the end of the transaction, in id order so that two
	 * checkouts locking overlapping sets wait for each other instead of deadlocking, and
	 * reads them as they are once locked.
	 */
	List<PromotionTerms> lock(Collection<UUID> promotionIds) {
		return this.jdbc
			.sql(TERMS + ", 0 as customer_uses from promotions.promotion p "
					+ "where p.id = any(?) and p.deleted_at is null order by p.id for update")
			.param(promotionIds.toArray(UUID[]::new))
			.query(PricingRepository::terms)
			.list();
	}

	/**
	 * Counts the customer's uses of each promotion that were not given back. Run after
	 * {@link #lock}, it sees every use committed by those who held the lock before.
	 */
	Map<UUID, Integer> customerUses(Collection<UUID> promotionIds, PromotionCustomer customer) {
		Map<UUID, Integer> uses = new HashMap<>();
		promotionIds.forEach((id) -> uses.put(id, 0));
		if (!customer.isKnown() || promotionIds.isEmpty()) {
			return uses;
		}
		String column = (customer.userId() != null) ? "user_id" : "email";
		Object who = (customer.userId() != null) ? customer.userId() : email(customer);
		this.jdbc
			.sql("select promotion_id, count(*) as uses from promotions.redemption where promotion_id = any(?) and "
					+ column + " = ? and status = 'ACTIVE' group by promotion_id")
			.params(promotionIds.toArray(UUID[]::new), who)
			.query((rs) -> {
				uses.put(rs.getObject("promotion_id", UUID.class), rs.getInt("uses"));
			});
		return uses;
	}

	/**
	 * Records a use of the promotion for the reference, unless the reference holds one.
	 * @return whether the use was recorded
	 */
	boolean redeem(UUID promotionId, String reference, PromotionCustomer customer, Money discount, Instant now) {
		return this.jdbc.sql("""
				insert into promotions.redemption (id, promotion_id, reference, user_id, email, discount, status,
				                                   created_at)
				values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)
				on conflict (reference) where status = 'ACTIVE' do nothing""")
			.params(Ids.newId(), promotionId, reference, new SqlParameterValue(Types.OTHER, customer.userId()),
					new SqlParameterValue(Types.VARCHAR, (customer.userId() == null) ? email(customer) : null),
					discount.amount(), SqlValues.timestamp(now))
			.update() == 1;
	}

	/**
	 * Counts a use, as long as the promotion is under its global limit.
	 * @return whether the use was counted
	 */
	boolean countUse(UUID promotionId, Instant now) {
		return this.jdbc.sql("""
				update promotions.promotion set usage_count = usage_count + 1, updated_at = ?
				where id = ? and (usage_limit is null or usage_count < usage_limit)""")
			.params(SqlValues.timestamp(now), promotionId)
			.update() == 1;
	}

	/**
	 * Gives back the reference's use: marks it released and lowers its promotion's usage
	 * count, in one statement that only the first of racing callers finds anything to do
	 * for. The promotion's row is locked first, as {@code redeem} locks it, so that a
	 * release racing a redemption of the same reference queues behind it instead of
	 * deadlocking on the redemption's unique reference.
	 * @return whether a use was given back
	 */
	boolean release(String reference, Instant now) {
		boolean held = !this.jdbc.sql("""
				select p.id from promotions.promotion p
				join promotions.redemption r on r.promotion_id = p.id
				where r.reference = ? and r.status = 'ACTIVE'
				for update of p""").param(reference).query(UUID.class).list().isEmpty();
		if (!held) {
			return false;
		}
		return this.jdbc.sql("""
				with released as (
				    update promotions.redemption set status = 'RELEASED', released_at = ?
				    where reference = ? and status = 'ACTIVE'
				    returning promotion_id)
				update promotions.promotion p set usage_count = p.usage_count - 1, updated_at = ?
				from released where p.id = released.promotion_id""")
			.params(SqlValues.timestamp(now), reference, SqlValues.timestamp(now))
			.update() == 1;
	}

	/**
	 * Adds the column of the customer's uses, counted in a sub-select, or zero for a
	 * customer not known.
	 */
	private static String customerUses(PromotionCustomer customer, List<Object> parameters) {
		if (customer.userId() != null) {
			parameters.add(customer.userId());
			return ", (select count(*) from promotions.redemption r where r.promotion_id = p.id and r.user_id = ? "
					+ "and r.status = 'ACTIVE') as customer_uses ";
		}
		if (customer.email() != null) {
			parameters.add(email(customer));
			return ", (select count(*) from promotions.redemption r where r.promotion_id = p.id and r.email = ? "
					+ "and r.status = 'ACTIVE') as customer_uses ";
		}
		return ", 0 as customer_uses ";
	}

	static String email(PromotionCustomer customer) {
		return (customer.email() != null) ? customer.email().trim().toLowerCase(Locale.ROOT) : null;
	}

	private static PromotionTerms terms(ResultSet rs, int row) throws SQLException {
		return new PromotionTerms(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				PromotionType.valueOf(rs.getString("type")), rs.getBigDecimal("value"),
				rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
				rs.getObject("ends_at", OffsetDateTime.class).toInstant(), rs.getBoolean("is_active"),
				(rs.getBigDecimal("minimum_subtotal") != null) ? Money.of(rs.getBigDecimal("minimum_subtotal")) : null,
				(Integer) rs.getObject("usage_limit"), (Integer) rs.getObject("per_customer_limit"),
				rs.getInt("usage_count"), PromotionScope.valueOf(rs.getString("scope")),
				ids(rs.getArray("category_ids")), ids(rs.getArray("product_ids")),
				rs.getObject("shopkeeper_id", UUID.class), rs.getInt("customer_uses"));
	}

	private static Set<UUID> ids(Array array) throws SQLException {
		return new LinkedHashSet<>(Arrays.asList((UUID[]) array.getArray()));
	}

}
