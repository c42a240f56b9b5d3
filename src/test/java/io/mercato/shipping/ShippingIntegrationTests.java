package io.mercato.shipping;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.mercato.catalog.CatalogManagement;
import io.mercato.shared.domain.Money;
import io.mercato.testing.QueryCounter;
import io.mercato.testing.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.support.TransactionTemplate;

import static io.mercato.shipping.ShippingFixtures.countries;
import static io.mercato.shipping.ShippingFixtures.everyCountry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Shipping as a module, booted with the modules it depends on: quotes as ordering will
 * ask for them, from lines it already priced. Other tests' methods may be active in the
 * same database, so lists are compared by the codes a test created.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ShippingIntegrationTests {

	private static final Destination GERMANY = new Destination("DE", "10115");

	@Autowired
	ShippingManagement shipping;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationContext context;

	ShippingFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = ShippingFixtures.of(this.context);
	}

	@Test
	void quotesTheSeededStandardMethodAtFiveAnywhere() {
		for (String country : List.of("DE", "JP", "BR", "NZ")) {
			ShippingOption standard = this.shipping.quote("standard", new Destination(country, null),
					List.of(line("250.00", 3, 40_000)));
			assertThat(standard)
				.isEqualTo(new ShippingOption("standard", "Standard", "Postal service", Money.of("5.00"), 3, 7));
			assertThat(this.shipping.quote(new Destination(country, null), List.of(line("1.00", 1, null))))
				.contains(standard);
		}
	}

	@Test
	void chargesPerStartedKilogramOnTopOfTheFlatAmount() {
		String code = this.fixtures
			.method("per-kg", new RateRule(null, Money.of("2.00"), Money.of("1.50"), Money.of("100.00")))
			.code();

		assertThat(cost(code, line("10.00", 1, 1000))).isEqualTo("3.50");
		assertThat(cost(code, line("10.00", 1, 1001))).isEqualTo("5.00");
		assertThat(cost(code, line("10.00", 2, 1200), line("5.00", 4, null))).isEqualTo("6.50");
		assertThat(cost(code, line("10.00", 3, null))).isEqualTo("2.00");
		assertThat(cost(code, line("10.00", 1, 1))).isEqualTo("3.50");
	}

	@Test
	void shipsFreeOnlyStrictlyAboveTheThreshold() {
		String code = this.fixtures
			.method("free-above", new RateRule(null, Money.of("4.90"), Money.of("0.50"), Money.of("100.00")))
			.code();

		// 100.00 is not above 100.00: 4.90 + 3 kg x 0.50
		assertThat(cost(code, line("50.00", 2, 1500))).isEqualTo("6.40");
		assertThat(cost(code, line("50.00", 2, 1500), line("0.01", 1, null))).isEqualTo("0.00");
		assertThat(cost(code, line("100.01", 1, 99_000))).isEqualTo("0.00");
	}

	@Test
	void prefersTheRuleNamingTheCountryOverTheRuleForEveryCountry() {
		String code = this.fixtures.method("zones", everyCountry("9.00"), countries("3.00", "DE", "AT")).code();
		String germanyOnly = this.fixtures.method("de-only", countries("1.00", "DE")).code();

		assertThat(cost(code, GERMANY, line("10.00", 1, null))).isEqualTo("3.00");
		assertThat(cost(code, new Destination("AT", null), line("10.00", 1, null))).isEqualTo("3.00");
		assertThat(cost(code, new Destination("FR", null), line("10.00", 1, null))).isEqualTo("9.00");
		assertThat(cost(germanyOnly, GERMANY, line("10.00", 1, null))).isEqualTo("1.00");
		assertThat(codes(new Destination("FR", null))).contains(code).doesNotContain(germanyOnly);
		assertThatThrownBy(
				() -> this.shipping.quote(germanyOnly, new Destination("FR", null), List.of(line("10.00", 1, null))))
			.isInstanceOfSatisfying(ShippingException.ShippingUnavailable.class,
					(ex) -> assertThat(ex.code()).isEqualTo("shipping_unavailable"));
	}

	@Test
	void listsTheMethodsCheapestFirst() {
		String dear = this.fixtures.method("dear", everyCountry("12.00")).code();
		String cheap = this.fixtures.method("cheap", everyCountry("0.50")).code();
		String middle = this.fixtures.method("middle", countries("7.00", "DE")).code();

		List<ShippingOption> options = this.shipping.quote(GERMANY, List.of(line("10.00", 1, null)));

		assertThat(options).extracting(ShippingOption::cost).isSortedAccordingTo(Money::compareTo);
		assertThat(options).extracting(ShippingOption::code)
			.filteredOn(Set.of(dear, cheap, middle)::contains)
			.containsExactly(cheap, middle, dear);
	}

	@Test
	void offersNeitherInactiveNorDeletedMethods() {
		ShippingMethodView paused = this.fixtures.method("paused", everyCountry("1.00"));
		ShippingMethodView gone = this.fixtures.method("gone", everyCountry("1.00"));
		assertThat(codes(GERMANY)).contains(paused.code(), gone.code());

		this.fixtures.deactivate(paused.id());
		this.context.getBean(ShippingAdministration.class).deleteMethod(gone.id());

		assertThat(codes(GERMANY)).doesNotContain(paused.code(), gone.code());
		for (String code : List.of(paused.code(), gone.code(), "no-such-method")) {
			assertThatThrownBy(() -> this.shipping.quote(code, GERMANY, List.of(line("10.00", 1, null))))
				.isInstanceOf(ShippingException.ShippingUnavailable.class);
		}
	}

	@Test
	void leavesOutACostBeyondWhatAnOrderHolds() {
		String code = this.fixtures.method("huge", new RateRule(null, Money.ZERO, Money.of("5000000000.00"), null))
			.code();

		assertThat(cost(code, line("10.00", 1, 1000))).isEqualTo("5000000000.00");
		assertThat(codes(GERMANY, line("10.00", 1, 1000))).contains(code);
		assertThat(codes(GERMANY, line("10.00", 1, 1001))).doesNotContain(code);
		assertThatThrownBy(() -> this.shipping.quote(code, GERMANY, List.of(line("10.00", 1, 1001))))
			.isInstanceOf(ShippingException.ShippingUnavailable.class);
	}

	@Test
	void quotesLinesOfCatalogProductsInOneQuery() {
		UUID heavy = this.fixtures.product("30.00", 2500);
		UUID light = this.fixtures.product("5.00", 200);
		String code = this.fixtures.method("one-query", new RateRule(null, Money.of("1.00"), Money.of("2.00"), null))
			.code();
		List<ShippingLine> lines = this.catalog.findProducts(List.of(heavy, light))
			.stream()
			.map((product) -> ShippingLine.of(product, 2))
			.toList();

		QueryCounter.reset();
		List<ShippingOption> options = this.shipping.quote(GERMANY, lines);
		assertThat(QueryCounter.count()).isEqualTo(1);
		QueryCounter.reset();
		ShippingOption option = this.shipping.quote(code, GERMANY, lines);
		assertThat(QueryCounter.count()).isEqualTo(1);

		// 2 x 2500 g + 2 x 200 g = 5.4 kg: 6 started kilograms
		assertThat(option.cost()).isEqualTo(Money.of("13.00"));
		assertThat(options).contains(option);
	}

	@Test
	void createsOneMethodWhenAdminsRaceForTheSameCode() throws InterruptedException {
		String code = ShippingFixtures.uniqueCode("racing");
		ShippingAdministration administration = this.context.getBean(ShippingAdministration.class);

		List<String> outcomes = Race
			.of(4, (i) -> administration
				.createMethod(
						new ShippingMethodDraft(code, "Racer " + i, "Post", true, 1, 2, List.of(everyCountry("1.00"))))
				.code())
			.stream()
			.map((outcome) -> outcome.valueOr(ShippingException.MethodCodeTaken.class, ShippingException::code))
			.toList();

		assertThat(outcomes).containsOnlyOnce(code).containsOnly(code, "method_code_taken");
		assertThat(administration.methods(Pageable.ofSize(100)).map(ShippingMethodView::code).toList())
			.containsOnlyOnce(code);
	}

	@Test
	void refusesWithoutMarkingTheCallersTransactionForRollback() {
		this.transactions.executeWithoutResult((status) -> {
			assertThatThrownBy(() -> this.shipping.quote("no-such-method", GERMANY, List.of(line("1.00", 1, null))))
				.isInstanceOf(ShippingException.ShippingUnavailable.class);
			assertThat(status.isRollbackOnly()).isFalse();
		});
	}

	@Test
	void rejectsMalformedLinesAndDestinations() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.shipping.quote(GERMANY, List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> line("1.00", 0, null));
		assertThatIllegalArgumentException().isThrownBy(() -> line("1.00", 1, -5));
		assertThatIllegalArgumentException().isThrownBy(() -> new Destination("de", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Destination("XX", null));
	}

	private String cost(String code, ShippingLine... lines) {
		return cost(code, GERMANY, lines);
	}

	private String cost(String code, Destination destination, ShippingLine... lines) {
		return this.shipping.quote(code, destination, List.of(lines)).cost().toString();
	}

	private List<String> codes(Destination destination, ShippingLine... lines) {
		List<ShippingLine> given = (lines.length > 0) ? List.of(lines) : List.of(line("10.00", 1, null));
		return this.shipping.quote(destination, given).stream().map(ShippingOption::code).toList();
	}

	private static ShippingLine line(String unitPrice, int quantity, Integer weightGrams) {
		return new ShippingLine(UUID.randomUUID(), quantity, Money.of(unitPrice), weightGrams);
	}

}
