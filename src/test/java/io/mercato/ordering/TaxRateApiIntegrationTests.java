package io.mercato.ordering;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.mercato.accounts.AccountsFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tax rates HTTP API, for admins only. In a database of its own, so that every test
 * starts from a fresh install (no rate at all) and may count the rates.
 */
@MercatoApiTest
@TestPropertySource(properties = "mercato.test.database=ordering_tax")
class TaxRateApiIntegrationTests {

	private static final String RATES = "/api/v1/tax-rates";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TaxRateAdministration administration;

	AccountsFixtures accounts;

	TaxRateFixtures rates;

	Session admin;

	@BeforeEach
	void setUp() {
		this.accounts = AccountsFixtures.of(this.mvc, this.context);
		this.rates = TaxRateFixtures.of(this.context);
		this.rates.deleteAll();
		this.admin = this.accounts.admin();
	}

	@Test
	void createsShowsListsReplacesPatchesAndDeletesRates() {
		MvcTestResult created = post("""
				{"country": "US", "region": "  NY ", "name": "  Sales tax ", "rate": "8.875",
				 "applies_to_shipping": true}""");
		assertThat(created).hasStatus(HttpStatus.CREATED);
		String json = body(created);
		String id = JsonPath.read(json, "$.id");
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(RATES + "/" + id);
		assertThat(JsonPath.<String>read(json, "$.country")).isEqualTo("US");
		assertThat(JsonPath.<String>read(json, "$.region")).isEqualTo("NY");
		assertThat(JsonPath.<String>read(json, "$.name")).isEqualTo("Sales tax");
		assertThat(JsonPath.<String>read(json, "$.rate")).isEqualTo("8.875");
		assertThat(JsonPath.<Boolean>read(json, "$.applies_to_shipping")).isTrue();

		assertThat(post("{\"country\": \"US\", \"name\": \"Sales tax\", \"rate\": 5, \"applies_to_shipping\": false}"))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.rate")
			.isEqualTo("5.000");
		this.rates.rate("DE", null, "19");
		this.rates.rate("US", "CA", "7.25");

		MvcTestResult listed = send(this.admin, this.mvc.get().uri(RATES + "?page_size=3"));
		assertThat(listed).hasStatusOk();
		assertThat(JsonPath.<Integer>read(body(listed), "$.count")).isEqualTo(4);
		assertThat(JsonPath.<List<String>>read(body(listed), "$.results[*].country")).containsExactly("DE", "US", "US");
		assertThat(JsonPath.<List<String>>read(body(listed), "$.results[*].rate")).containsExactly("19.000", "5.000",
				"7.250");
		assertThat(JsonPath.<String>read(body(listed), "$.next")).contains("page=2");
		MvcTestResult american = send(this.admin, this.mvc.get().uri(RATES + "?country=US"));
		assertThat(JsonPath.<List<String>>read(body(american), "$.results[*].region")).containsExactly(null, "CA",
				"NY");
		assertThat(send(this.admin, this.mvc.get().uri(RATES + "?country=FR"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.count")
			.isEqualTo(0);
		assertThat(send(this.admin, this.mvc.get().uri(RATES + "/{id}", id))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.region")
			.isEqualTo("NY");

		// PUT sets every field: the region left out makes the rate country-wide, which
		// the US has already
		assertProblem(send(this.admin, this.mvc.put().uri(RATES + "/{id}", id),
				"{\"country\": \"US\", \"name\": \"Sales tax\", \"rate\": \"4\", \"applies_to_shipping\": false}"),
				HttpStatus.CONFLICT, "tax_rate_exists");
		MvcTestResult replaced = send(this.admin, this.mvc.put().uri(RATES + "/{id}", id),
				"{\"country\": \"CA\", \"name\": \"GST\", \"rate\": \"5\", \"applies_to_shipping\": false}");
		assertThat(replaced).hasStatusOk();
		assertThat(JsonPath.<Object>read(body(replaced), "$.region")).isNull();
		assertThat(JsonPath.<String>read(body(replaced), "$.name")).isEqualTo("GST");
		assertThat(JsonPath.<Boolean>read(body(replaced), "$.applies_to_shipping")).isFalse();

		// PATCH changes the fields given only
		MvcTestResult patched = send(this.admin, this.mvc.patch().uri(RATES + "/{id}", id),
				"{\"region\": \"QC\", \"rate\": \"14.975\"}");
		assertThat(patched).hasStatusOk();
		assertThat(JsonPath.<String>read(body(patched), "$.country")).isEqualTo("CA");
		assertThat(JsonPath.<String>read(body(patched), "$.region")).isEqualTo("QC");
		assertThat(JsonPath.<String>read(body(patched), "$.name")).isEqualTo("GST");
		assertThat(JsonPath.<String>read(body(patched), "$.rate")).isEqualTo("14.975");
		assertThat(JsonPath.<Integer>read(body(patched), "$.version"))
			.isGreaterThan(JsonPath.<Integer>read(body(replaced), "$.version"));
		MvcTestResult countryWide = send(this.admin, this.mvc.patch().uri(RATES + "/{id}", id), "{\"region\": \"\"}");
		assertThat(JsonPath.<Object>read(body(countryWide), "$.region")).isNull();
		assertProblem(send(this.admin, this.mvc.patch().uri(RATES + "/{id}", id), "{\"country\": \"DE\"}"),
				HttpStatus.CONFLICT, "tax_rate_exists");
		assertThat(this.administration.taxRate(UUID.fromString(id)).country()).isEqualTo("CA");

		assertThat(send(this.admin, this.mvc.delete().uri(RATES + "/{id}", id))).hasStatus(HttpStatus.NO_CONTENT);
		assertProblem(send(this.admin, this.mvc.get().uri(RATES + "/{id}", id)), HttpStatus.NOT_FOUND,
				"tax_rate_not_found");
		assertProblem(send(this.admin, this.mvc.delete().uri(RATES + "/{id}", id)), HttpStatus.NOT_FOUND,
				"tax_rate_not_found");
		// deleted for good: its country and region are free again
		assertThat(post("{\"country\": \"CA\", \"name\": \"GST\", \"rate\": \"5\", \"applies_to_shipping\": false}"))
			.hasStatus(HttpStatus.CREATED);
	}

	@Test
	void answersNotFoundForUnknownRates() {
		UUID unknown = UUID.randomUUID();
		String body = "{\"country\": \"DE\", \"name\": \"VAT\", \"rate\": \"19\", \"applies_to_shipping\": true}";

		assertProblem(send(this.admin, this.mvc.get().uri(RATES + "/{id}", unknown)), HttpStatus.NOT_FOUND,
				"tax_rate_not_found");
		assertProblem(send(this.admin, this.mvc.put().uri(RATES + "/{id}", unknown), body), HttpStatus.NOT_FOUND,
				"tax_rate_not_found");
		assertProblem(send(this.admin, this.mvc.patch().uri(RATES + "/{id}", unknown), "{\"rate\": \"1\"}"),
				HttpStatus.NOT_FOUND, "tax_rate_not_found");
		assertProblem(send(this.admin, this.mvc.delete().uri(RATES + "/{id}", unknown)), HttpStatus.NOT_FOUND,
				"tax_rate_not_found");
		assertInvalid(send(this.admin, this.mvc.get().uri(RATES + "/not-a-uuid")), "id");
	}

	@Test
	void refusesASecondRateForTheSameCountryAndRegionInAnyCase() {
		this.rates.rate("US", "CA", "7.25");
		this.rates.rate("US", null, "5");

		assertProblem(post("{\"country\": \"US\", \"region\": \"ca\", \"name\": \"Tax\", \"rate\": \"1\", "
				+ "\"applies_to_shipping\": false}"), HttpStatus.CONFLICT, "tax_rate_exists");
		assertProblem(post("{\"country\": \"US\", \"region\": \" CA \", \"name\": \"Tax\", \"rate\": \"1\", "
				+ "\"applies_to_shipping\": false}"), HttpStatus.CONFLICT, "tax_rate_exists");
		assertProblem(post("{\"country\": \"US\", \"region\": \"  \", \"name\": \"Tax\", \"rate\": \"1\", "
				+ "\"applies_to_shipping\": false}"), HttpStatus.CONFLICT, "tax_rate_exists");
		assertProblem(post("{\"country\": \"US\", \"region\": null, \"name\": \"Tax\", \"rate\": \"1\", "
				+ "\"applies_to_shipping\": false}"), HttpStatus.CONFLICT, "tax_rate_exists");
		// the same region in another country is another region
		assertThat(post("{\"country\": \"CA\", \"region\": \"CA\", \"name\": \"Tax\", \"rate\": \"1\", "
				+ "\"applies_to_shipping\": false}"))
			.hasStatus(HttpStatus.CREATED);
		assertThat(this.administration.taxRates("US", Pageable.ofSize(10)).getTotalElements()).isEqualTo(2);
	}

	@Test
	void letsOneOfEightRacingAdminsCreateARate() throws InterruptedException {
		List<Session> admins = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			admins.add(this.accounts.admin());
		}
		String body = "{\"country\": \"IT\", \"name\": \"IVA\", \"rate\": \"22\", \"applies_to_shipping\": true}";

		List<Integer> statuses = Race
			.of(8, (i) -> send(admins.get(i), this.mvc.post().uri(RATES), body).getResponse().getStatus())
			.stream()
			.map(Race.Outcome::value)
			.toList();

		assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
		assertThat(this.administration.taxRates("IT", Pageable.ofSize(10)).getTotalElements()).isOne();
	}

	@Test
	void letsTheDatabaseRefuseTheRateARacingWriterCreated() throws InterruptedException {
		// the service's own check cannot see an uncommitted rate: the unique index
		// answers
		List<Object> outcomes = Race
			.of(8, (i) -> (Object) this.administration.createTaxRate(
					new TaxRateDraft("AT", (i % 2 == 0) ? "Tirol" : " TIROL ", "USt", new BigDecimal("20"), false)))
			.stream()
			.map((outcome) -> outcome.valueOr(OrderingException.TaxRateExists.class, (refused) -> refused.code()))
			.toList();

		assertThat(outcomes).filteredOn(TaxRateView.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn("tax_rate_exists"::equals).hasSize(7);
	}

	@Test
	void refusesInvalidRatesWithFieldErrors() {
		String valid = "{\"country\": \"%s\", \"region\": \"BY\", \"name\": \"MwSt\", \"rate\": %s, "
				+ "\"applies_to_shipping\": true}";

		for (String country : List.of("de", "XX", "DEU", "", "  ", "D")) {
			assertInvalid(post(valid.formatted(country, "\"19\"")), "country");
		}
		assertInvalid(post(valid.formatted("DE", "\"19\"").replace("\"country\": \"DE\", ", "")), "country");
		for (String rate : List.of("\"-1\"", "\"100.001\"", "\"abc\"", "\"8.8751\"", "-0.5", "\"\"", "null", "true",
				"\"1e3\"", "\"NaN\"")) {
			assertInvalid(post(valid.formatted("DE", rate)), "rate");
		}
		assertInvalid(post(valid.formatted("DE", "\"19\"").replace("\"MwSt\"", "\"   \"")), "name");
		assertInvalid(post(valid.formatted("DE", "\"19\"").replace("\"MwSt\"", "\"" + "n".repeat(101) + "\"")), "name");
		assertInvalid(post(valid.formatted("DE", "\"19\"").replace("\"BY\"", "\"" + "r".repeat(101) + "\"")), "region");
		assertInvalid(post(valid.formatted("DE", "\"19\"").replace(", \"applies_to_shipping\": true", "")),
				"applies_to_shipping");
		assertInvalid(post(valid.formatted("DE", "\"19\"").replace("true", "\"yes\"")), "applies_to_shipping");
		assertThat(this.administration.taxRates(null, Pageable.ofSize(10))).isEmpty();

		UUID id = this.rates.rate("DE", null, "19").id();
		assertInvalid(send(this.admin, this.mvc.patch().uri(RATES + "/{id}", id), "{\"rate\": \"100.5\"}"), "rate");
		assertInvalid(send(this.admin, this.mvc.patch().uri(RATES + "/{id}", id), "{\"country\": \"XX\"}"), "country");
		assertInvalid(send(this.admin, this.mvc.put().uri(RATES + "/{id}", id), "{\"country\": \"DE\"}"), "name");
		assertThat(this.administration.taxRate(id).rate()).isEqualByComparingTo("19");

		for (String country : List.of("de", "XX", "")) {
			assertInvalid(send(this.admin, this.mvc.get().uri(RATES + "?country=" + country)), "country");
		}
		assertInvalid(send(this.admin, this.mvc.get().uri(RATES + "?page_size=101")), "page_size");
	}

	@Test
	void refusesHostileInputWithProblems() {
		String valid = "{\"country\": \"DE\", \"name\": \"%s\", \"rate\": \"19\", \"applies_to_shipping\": true}";

		assertHostile(post(valid.formatted("V\\u0000AT")));
		assertHostile(post(valid.formatted("VAT").replace("}", ", \"priority\": 1}")));
		assertHostile(post(valid.formatted("x".repeat(100_000))));
		assertHostile(post(valid.formatted("VAT").replace("\"19\"", "\"" + "9".repeat(5_000) + "\"")));
		assertHostile(post(valid.formatted("VAT").replace("\"19\"", "1" + "0".repeat(5_000))));
		assertHostile(post(valid.formatted("VAT").replace("\"19\"", "\"1e999999999\"")));
		assertHostile(post(valid.formatted("VAT").replace("\"19\"", "\"1e-999999999\"")));
		assertHostile(post("{\"country\": \"DE\", \"name\": \"VAT\", \"rate\": "));
		assertHostile(post("[]"));
		assertHostile(send(this.admin, this.mvc.get().uri(RATES + "?country=D%00E")));
		assertHostile(send(this.admin, this.mvc.patch().uri(RATES + "/{id}", this.rates.rate("DE", null, "19").id()),
				"{\"region\": \"" + "r".repeat(100_000) + "\"}"));
		assertThat(this.administration.taxRates(null, Pageable.ofSize(10)).getTotalElements()).isOne();
	}

	@Test
	void letsOnlyAdminsSeeAndKeepRates() {
		Session customer = this.accounts.customer();
		String email = AccountsFixtures.uniqueEmail("shop");
		this.accounts.registerShopkeeper(email);
		Session shopkeeper = this.accounts.login(email);
		UUID id = this.rates.rate("DE", null, "19").id();
		String body = "{\"country\": \"FR\", \"name\": \"TVA\", \"rate\": \"20\", \"applies_to_shipping\": true}";

		for (Session session : List.of(customer, shopkeeper)) {
			assertThat(send(session, this.mvc.get().uri(RATES))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(send(session, this.mvc.get().uri(RATES + "/{id}", id))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(send(session, this.mvc.post().uri(RATES), body)).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(send(session, this.mvc.put().uri(RATES + "/{id}", id), body)).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(send(session, this.mvc.patch().uri(RATES + "/{id}", id), "{\"rate\": \"0\"}"))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(send(session, this.mvc.delete().uri(RATES + "/{id}", id))).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.get().uri(RATES).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get().uri(RATES + "/{id}", id).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.post().uri(RATES).contentType(MediaType.APPLICATION_JSON).content(body).exchange())
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.delete().uri(RATES + "/{id}", id).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.administration.taxRates(null, Pageable.ofSize(10)).map(TaxRateView::country))
			.containsExactly("DE");
		assertThat(this.administration.taxRate(id).rate()).isEqualByComparingTo("19");
	}

	@Test
	void documentsRatesAsDecimalStringsAndTheConflict() {
		String document = body(this.mvc.get().uri("/v3/api-docs").exchange());

		assertThat(JsonPath.<String>read(document, "$.components.schemas.TaxRateRequest.properties.rate.type"))
			.isEqualTo("string");
		assertThat(JsonPath.<String>read(document, "$.components.schemas.TaxRateResponse.properties.rate.pattern"))
			.isEqualTo("^[0-9]{1,3}\\.[0-9]{3}$");
		assertThat(JsonPath.<String>read(document, "$.paths['/api/v1/tax-rates'].post.responses['409'].description"))
			.contains("tax_rate_exists");
	}

	private MvcTestResult post(String json) {
		return send(this.admin, this.mvc.post().uri(RATES), json);
	}

	private MvcTestResult send(Session session, MockMvcTester.MockMvcRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, session.bearer()).exchange();
	}

	private MvcTestResult send(Session session, MockMvcTester.MockMvcRequestBuilder request, String json) {
		return send(session, request.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static void assertInvalid(MvcTestResult result, String field) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).as("a problem naming %s", field).contains("\"errors\"");
		assertThat(JsonPath.<List<String>>read(body(result), "$.errors[*].field")).contains(field);
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status, String code) {
		assertThat(result).hasStatus(status).bodyJson().extractingPath("$.code").isEqualTo(code);
	}

	private static void assertHostile(MvcTestResult result) {
		assertThat(result.getResponse().getStatus()).as(body(result)).isBetween(400, 499);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
	}

}
