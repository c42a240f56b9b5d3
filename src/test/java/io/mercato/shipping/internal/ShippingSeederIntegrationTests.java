package io.mercato.shipping.internal;

import java.util.List;

import io.mercato.shared.domain.Money;
import io.mercato.shipping.RateRule;
import io.mercato.shipping.ShippingAdministration;
import io.mercato.shipping.ShippingMethodView;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.Race;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first shipping method of a fresh install, in a database of its own, whose method
 * table the tests empty: seeded once, never again once any method existed, and once only
 * when instances start at the same moment.
 */
@MercatoApiTest
@TestPropertySource(properties = "mercato.test.database=shipping_seed")
class ShippingSeederIntegrationTests {

	private static final int ROUNDS = 10;

	private static final int INSTANCES = 4;

	@Autowired
	RateTable rates;

	@Autowired
	ShippingAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void seedsTheStandardMethodOnceWhenNoMethodExists() {
		emptyMethodTable();

		assertThat(this.rates.seedStandardMethod()).isTrue();
		assertThat(this.rates.seedStandardMethod()).isFalse();

		List<ShippingMethodView> methods = this.administration.methods(Pageable.ofSize(10)).getContent();
		assertThat(methods).singleElement().satisfies((method) -> {
			assertThat(method.code()).isEqualTo("standard");
			assertThat(method.name()).isEqualTo("Standard");
			assertThat(method.active()).isTrue();
			assertThat(method.estimatedDaysMin()).isEqualTo(3);
			assertThat(method.estimatedDaysMax()).isEqualTo(7);
			assertThat(method.rules()).containsExactly(new RateRule(null, Money.of("5.00"), Money.ZERO, null));
		});
	}

	@Test
	void seedsNothingOnceAnyMethodExistedEvenADeletedOne() {
		emptyMethodTable();
		this.rates.seedStandardMethod();
		ShippingMethodView standard = this.administration.methods(Pageable.ofSize(10)).getContent().get(0);

		this.administration.deleteMethod(standard.id());

		assertThat(this.rates.seedStandardMethod()).isFalse();
		assertThat(this.administration.methods(Pageable.ofSize(10))).isEmpty();
		assertThat(methodRows()).isEqualTo(1);
	}

	@Test
	void instancesStartingAtOnceSeedOneMethod() throws InterruptedException {
		for (int round = 0; round < ROUNDS; round++) {
			emptyMethodTable();

			List<Boolean> seeded = Race.of(INSTANCES, (i) -> this.rates.seedStandardMethod())
				.stream()
				.map(Race.Outcome::value)
				.toList();

			assertThat(seeded).containsOnlyOnce(true);
			assertThat(methodRows()).isEqualTo(1);
			assertThat(this.jdbc.sql("select count(*) from shipping.rate_rule").query(Long.class).single())
				.isEqualTo(1);
		}
	}

	private void emptyMethodTable() {
		this.jdbc.sql("delete from shipping.shipping_method").update();
	}

	private long methodRows() {
		return this.jdbc.sql("select count(*) from shipping.shipping_method").query(Long.class).single();
	}

}
