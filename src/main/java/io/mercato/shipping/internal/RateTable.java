package io.mercato.shipping.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.mercato.shared.domain.Ids;
import io.mercato.shared.domain.Money;
import io.mercato.shipping.ShippingOption;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rates quotes read: for a destination country, each live, active method with the one
 * rule that prices it there, in one query. Also seeds the first method of a fresh
 * install.
 */
@Repository
class RateTable {

	private static final BigDecimal GRAMS_PER_KILOGRAM = BigDecimal.valueOf(1000);

	// distinct on keeps each method's first row: a rule naming the country sorts before
	// the
	// rule for every country (false before true)
	private static final String RATES = """
			select distinct on (m.id) m.code, m.name, m.carrier, m.estimated_days_min, m.estimated_days_max,
			       r.flat_amount, r.per_kg_amount, r.free_above
			from shipping.shipping_method m
			join shipping.rate_rule r on r.method_id = m.id
			where m.is_active and m.deleted_at is null
			  and (r.countries is null or r.countries @> array[?]::varchar[])""";

	private final JdbcClient jdbc;

	private final Clock clock;

	RateTable(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Returns the rate of every live, active method that ships to the country.
	 */
	List<MethodRate> rates(@Nullable String country) {
		return this.jdbc.sql(RATES + " order by m.id, r.countries is null")
			.param(country)
			.query(RateTable::mapRate)
			.list();
	}

	/**
	 * Returns the rate of one live, active method for the country, empty when it does not
	 * ship there.
	 */
	Optional<MethodRate> rate(String methodCode, @Nullable String country) {
		return this.jdbc.sql(RATES + " and m.code = ? order by m.id, r.countries is null")
			.params(country, methodCode)
			.query(RateTable::mapRate)
			.optional();
	}

	/**
	 * Whether any method, deleted ones included, has the code.
	 */
	boolean isCodeTaken(String code) {
		return this.jdbc.sql("select exists (select 1 from shipping.shipping_method where code = ?)")
			.param(code)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Creates the method {@code standard} (flat 5.00 to every country, 3 to 7 days) when
	 * no method exists at all, deleted ones included, in one statement. Two instances
	 * racing both find the table empty; the second's insert then waits on the code's
	 * unique index for the first to commit, and inserts nothing.
	 * @return whether it was created
	 */
	boolean seedStandardMethod() {
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		return this.jdbc
			.sql("""
					with method as (
					    insert into shipping.shipping_method (id, code, name, carrier, is_active, estimated_days_min,
					                                          estimated_days_max, version, created_at, updated_at)
					    select ?, 'standard', 'Standard', 'Postal service', true, 3, 7, 0, ?, ?
					    where not exists (select 1 from shipping.shipping_method)
					    on conflict (code) do nothing
					    returning id)
					insert into shipping.rate_rule (id, method_id, position, countries, flat_amount, per_kg_amount, free_above,
					                                created_at, updated_at)
					select ?, id, 0, null, 5.00, 0.00, null, ?, ? from method""")
			.params(Ids.newId(), now, now, Ids.newId(), now, now)
			.update() > 0;
	}

	private static MethodRate mapRate(ResultSet rs, int row) throws SQLException {
		BigDecimal freeAbove = rs.getBigDecimal("free_above");
		return new MethodRate(rs.getString("code"), rs.getString("name"), rs.getString("carrier"),
				rs.getInt("estimated_days_min"), rs.getInt("estimated_days_max"),
				Money.of(rs.getBigDecimal("flat_amount")), Money.of(rs.getBigDecimal("per_kg_amount")),
				(freeAbove != null) ? Money.of(freeAbove) : null);
	}

	/**
	 * A method with the rule that prices it for one country.
	 */
	record MethodRate(String code, String name, String carrier, int estimatedDaysMin, int estimatedDaysMax,
			Money flatAmount, Money perKgAmount, Money freeAbove) {

		/**
		 * Returns the method's option for a shipment: nothing when the subtotal is
		 * strictly above {@code free_above}, else the flat amount plus the amount per
		 * kilogram times the started kilograms; empty when that cost is beyond what an
		 * order can hold.
		 */
		Optional<ShippingOption> price(Money subtotal, long weightGrams) {
			Money cost;
			if (this.freeAbove != null && subtotal.compareTo(this.freeAbove) > 0) {
				cost = Money.ZERO;
			}
			else {
				BigDecimal kilograms = BigDecimal.valueOf(weightGrams)
					.divide(GRAMS_PER_KILOGRAM, 0, RoundingMode.CEILING);
				cost = Money.of(this.flatAmount.amount().add(this.perKgAmount.amount().multiply(kilograms)));
			}
			if (cost.compareTo(Money.MAX) > 0) {
				return Optional.empty();
			}
			return Optional.of(new ShippingOption(this.code, this.name, this.carrier, cost, this.estimatedDaysMin,
					this.estimatedDaysMax));
		}

	}

}
