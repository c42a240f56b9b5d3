package io.mercato.addresses;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.QueryCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.mercato.accounts.AccountsFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The addresses' HTTP API: every logged-in user keeps their own shipping and billing
 * addresses, checked by country, with one default of each type; nobody else sees them.
 */
@MercatoApiTest
class AddressApiIntegrationTests {

	private static final String ADDRESSES = "/api/v1/addresses";

	private static final String ADDRESS = "/api/v1/addresses/{id}";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AddressBook addressBook;

	@Autowired
	AddressManagement addressManagement;

	AccountsFixtures accounts;

	AddressesFixtures fixtures;

	Session owner;

	@BeforeEach
	void setUp() {
		this.accounts = AccountsFixtures.of(this.mvc, this.context);
		this.fixtures = AddressesFixtures.of(this.context);
		this.owner = this.accounts.customer();
	}

	@AfterEach
	void invariantsHold() {
		this.fixtures.assertInvariants();
	}

	@Test
	void addsAnAddressNormalisedAndShowsItWithinTheQueryBudget() {
		MvcTestResult created = post(ADDRESSES, this.owner, """
				{"type": "SHIPPING", "full_name": "  Ada Lovelace ", "line1": "10 Downing Street",
				 "city": "London", "postal_code": "sw1a2aa", "country": "gb", "phone": "020 7946 0958"}""");

		assertThat(created).hasStatus(HttpStatus.CREATED);
		String json = body(created);
		String id = JsonPath.read(json, "$.id");
		assertThat(created).headers().hasValue(HttpHeaders.LOCATION, "/api/v1/addresses/" + id);
		assertThat(JsonPath.<String>read(json, "$.full_name")).isEqualTo("Ada Lovelace");
		assertThat(JsonPath.<String>read(json, "$.postal_code")).isEqualTo("SW1A 2AA");
		assertThat(JsonPath.<String>read(json, "$.country")).isEqualTo("GB");
		assertThat(JsonPath.<String>read(json, "$.phone")).isEqualTo("+442079460958");
		assertThat(JsonPath.<Object>read(json, "$.line2")).isNull();
		assertThat(JsonPath.<Boolean>read(json, "$.is_default")).as("the first of its type").isTrue();

		QueryCounter.reset();
		MvcTestResult shown = get(ADDRESS, this.owner, id);
		assertThat(QueryCounter.count()).isLessThanOrEqualTo(2);
		assertThat(shown).hasStatusOk().bodyJson().extractingPath("$.postal_code").isEqualTo("SW1A 2AA");

		this.fixtures.address(user(this.owner), AddressType.BILLING);
		QueryCounter.reset();
		MvcTestResult listed = get(ADDRESSES, this.owner);
		assertThat(QueryCounter.count()).isLessThanOrEqualTo(2);
		assertThat(listed).hasStatusOk();
		assertThat(JsonPath.<List<String>>read(body(listed), "$.results[*].type")).containsExactly("BILLING",
				"SHIPPING");
	}

	@Test
	void listsDefaultsFirstThenNewestAndFiltersByType() {
		CurrentUser user = user(this.owner);
		AddressView oldShipping = this.fixtures.address(user, AddressType.SHIPPING);
		AddressView billing = this.fixtures.address(user, AddressType.BILLING);
		AddressView newShipping = this.fixtures.address(user, AddressType.SHIPPING);
		AddressView newestShipping = this.fixtures.address(user, AddressType.SHIPPING);

		assertThat(ids(get(ADDRESSES, this.owner))).containsExactly(billing.id(), oldShipping.id(), newestShipping.id(),
				newShipping.id());
		assertThat(ids(get(ADDRESSES + "?type=SHIPPING", this.owner))).containsExactly(oldShipping.id(),
				newestShipping.id(), newShipping.id());
		assertThat(ids(get(ADDRESSES + "?type=BILLING", this.owner))).containsExactly(billing.id());

		MvcTestResult unknownType = get(ADDRESSES + "?type=HOME", this.owner);
		assertInvalid(unknownType, "type");
		assertThat(JsonPath.<String>read(body(unknownType), "$.errors[0].message")).contains("SHIPPING", "BILLING");
		assertThat(JsonPath.<List<Object>>read(body(get(ADDRESSES, this.accounts.customer())), "$.results")).isEmpty();
	}

	@Test
	void answersAnotherUsersAddressAsNotFoundAndChangesNothing() {
		AddressView address = this.fixtures.address(this.owner);
		Session stranger = this.accounts.customer();
		Session admin = this.accounts.admin();
		String replacement = """
				{"type": "BILLING", "full_name": "Mallory", "line1": "1 Elm St", "city": "Springfield",
				 "postal_code": "12345", "country": "US"}""";

		for (Session other : List.of(stranger, admin)) {
			assertNotFound(get(ADDRESS, other, address.id()));
			assertNotFound(put(ADDRESS, other, address.id(), replacement));
			assertNotFound(patch(ADDRESS, other, address.id(), "{\"city\": \"Springfield\"}"));
			assertNotFound(post(ADDRESS + "/default", other, address.id()));
			assertNotFound(delete(ADDRESS, other, address.id()));
		}
		assertNotFound(get(ADDRESS, this.owner, UUID.randomUUID()));
		assertThat(JsonPath.<List<Object>>read(body(get(ADDRESSES, stranger)), "$.results")).isEmpty();

		assertThat(this.addressBook.address(user(this.owner), address.id())).isEqualTo(address);
		assertThat(this.addressManagement.findAddress(address.id(), stranger.userId())).isEmpty();
	}

	@ParameterizedTest(name = "{0}: {1} is stored as {2}, {3} is refused")
	@CsvSource(delimiter = '|', textBlock = """
			US | 12345-6789 | 12345-6789 | 1234
			CA | k1a0b1     | K1A 0B1    | 12345
			GB | ec1a1bb    | EC1A 1BB   | 12345
			DE | 10115      | 10115      | 1011
			FR | 75 008     | 75008      | 7500
			IN | 110 001    | 110001     | 011001
			UZ | 100000     | 100000     | 10000
			JP | 1000001    | 100-0001   | 100-001
			AU | 2000       | 2000       | 20000
			NL | 1012ab     | 1012 AB    | 1012 SA
			""")
	void refusesPostalCodesThatDoNotFitTheirCountry(String country, String good, String stored, String bad) {
		MvcTestResult created = post(ADDRESSES, this.owner, address(country, good));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(JsonPath.<String>read(body(created), "$.postal_code")).isEqualTo(stored);
		String id = JsonPath.read(body(created), "$.id");

		MvcTestResult refused = post(ADDRESSES, this.owner, address(country, bad));
		assertInvalid(refused, "postal_code");
		assertThat(JsonPath.<String>read(body(refused), "$.errors[0].message")).startsWith("must be a")
			.contains("such as");
		assertInvalid(put(ADDRESS, this.owner, id, address(country, bad)), "postal_code");
		assertInvalid(patch(ADDRESS, this.owner, id, "{\"postal_code\": \"%s\"}".formatted(bad)), "postal_code");
		assertThat(JsonPath.<List<Object>>read(body(get(ADDRESSES, this.owner)), "$.results")).hasSize(1);
	}

	@Test
	void acceptsAnyShortCodeWhereTheFormatIsUnknown() {
		assertThat(post(ADDRESSES, this.owner, address("IE", "d02 x285"))).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.postal_code")
			.isEqualTo("D02 X285");
		assertInvalid(post(ADDRESSES, this.owner, address("IE", "D02_X285")), "postal_code");
	}

	@Test
	void refusesUnknownCountriesAndInvalidPhonesWithFieldErrorsThatSayWhatToFix() {
		for (String country : new String[] { "XX", "USA", "U", "1A" }) {
			MvcTestResult refused = post(ADDRESSES, this.owner, address(country, "12345"));
			assertInvalid(refused, "country");
			assertThat(JsonPath.<String>read(body(refused), "$.errors[0].message")).contains("ISO 3166-1 alpha-2");
		}

		MvcTestResult badPhone = post(ADDRESSES, this.owner, """
				{"type": "SHIPPING", "full_name": "Ada", "line1": "1 Main St", "city": "Boston",
				 "postal_code": "02108", "country": "US", "phone": "555-0123"}""");
		assertInvalid(badPhone, "phone");
		assertThat(JsonPath.<String>read(body(badPhone), "$.errors[0].message")).contains("valid phone number of US");
		assertInvalid(post(ADDRESSES, this.owner, """
				{"type": "SHIPPING", "full_name": "Ada", "line1": "1 Main St", "city": "Boston",
				 "postal_code": "02108", "country": "US", "phone": "call me"}"""), "phone");

		MvcTestResult everything = post(ADDRESSES, this.owner, """
				{"type": "SHIPPING", "full_name": "  ", "line1": "1 Main St", "city": "Boston",
				 "postal_code": "0210", "country": "US", "phone": "+1 555"}""");
		assertThat(JsonPath.<List<String>>read(body(everything), "$.errors[*].field"))
			.containsExactlyInAnyOrder("full_name", "postal_code", "phone");

		MvcTestResult national = post(ADDRESSES, this.owner, """
				{"type": "SHIPPING", "full_name": "Ada", "line1": "1 Main St", "city": "Boston",
				 "postal_code": "02108", "country": "us", "phone": "(617) 555-0123"}""");
		assertThat(national).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.phone")
			.isEqualTo("+16175550123");
		assertThat(JsonPath.<List<Object>>read(body(get(ADDRESSES, this.owner)), "$.results")).hasSize(1);
	}

	@Test
	void refusesTheTwentyFirstAddressUntilOneIsDeleted() {
		CurrentUser user = user(this.owner);
		List<AddressView> kept = new java.util.ArrayList<>();
		for (int i = 0; i < AddressBook.MAX_ADDRESSES; i++) {
			kept.add(this.fixtures.address(user, (i % 2 == 0) ? AddressType.SHIPPING : AddressType.BILLING));
		}

		MvcTestResult refused = post(ADDRESSES, this.owner, address("DE", "10115"));
		assertThat(refused).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("address_limit_reached");
		assertThat(JsonPath.<List<Object>>read(body(get(ADDRESSES, this.owner)), "$.results"))
			.hasSize(AddressBook.MAX_ADDRESSES);

		assertThat(delete(ADDRESS, this.owner, kept.get(3).id())).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(post(ADDRESSES, this.owner, address("DE", "10115"))).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void keepsOneDefaultPerTypeAndMovesItWhenAnotherIsChosen() {
		CurrentUser user = user(this.owner);
		AddressView home = this.fixtures.address(user, AddressType.SHIPPING);
		AddressView office = this.fixtures.address(user, AddressType.SHIPPING);
		AddressView billing = this.fixtures.address(user, AddressType.BILLING);
		assertThat(home.isDefault()).isTrue();
		assertThat(office.isDefault()).isFalse();
		assertThat(billing.isDefault()).as("the first of its type").isTrue();

		MvcTestResult moved = post(ADDRESS + "/default", this.owner, office.id());
		assertThat(moved).hasStatusOk().bodyJson().extractingPath("$.is_default").isEqualTo(true);
		assertThat(defaults())
			.containsExactlyInAnyOrderEntriesOf(Map.of(office.id(), true, home.id(), false, billing.id(), true));
		assertThat(post(ADDRESS + "/default", this.owner, office.id())).as("idempotent").hasStatusOk();

		MvcTestResult chosenAtCreation = post(ADDRESSES, this.owner, """
				{"type": "SHIPPING", "full_name": "Ada", "line1": "Damrak 1", "city": "Amsterdam",
				 "postal_code": "1012 LG", "country": "NL", "is_default": true}""");
		UUID dam = UUID.fromString(JsonPath.read(body(chosenAtCreation), "$.id"));
		assertThat(defaults()).containsEntry(dam, true)
			.containsEntry(office.id(), false)
			.containsEntry(home.id(), false);

		MvcTestResult notDefault = post(ADDRESSES, this.owner, """
				{"type": "BILLING", "full_name": "Ada", "line1": "Damrak 2", "city": "Amsterdam",
				 "postal_code": "1012 LG", "country": "NL", "is_default": false}""");
		assertThat(JsonPath.<Boolean>read(body(notDefault), "$.is_default")).isFalse();
		assertThat(defaults()).containsEntry(billing.id(), true);
	}

	@Test
	void deletesSoftlyAndGivesTheDefaultToTheNewestOfItsType() {
		CurrentUser user = user(this.owner);
		AddressView home = this.fixtures.address(user, AddressType.SHIPPING);
		AddressView older = this.fixtures.address(user, AddressType.SHIPPING);
		AddressView newer = this.fixtures.address(user, AddressType.SHIPPING);
		AddressView billing = this.fixtures.address(user, AddressType.BILLING);
		assertThat(this.addressManagement.findAddress(home.id(), user.id())).isPresent();

		assertThat(delete(ADDRESS, this.owner, home.id())).hasStatus(HttpStatus.NO_CONTENT);

		assertNotFound(get(ADDRESS, this.owner, home.id()));
		assertNotFound(delete(ADDRESS, this.owner, home.id()));
		assertNotFound(post(ADDRESS + "/default", this.owner, home.id()));
		assertThat(this.addressManagement.findAddress(home.id(), user.id())).isEmpty();
		assertThat(this.fixtures.rowExists(home.id())).as("kept for the record").isTrue();
		assertThat(defaults()).containsOnlyKeys(older.id(), newer.id(), billing.id())
			.containsEntry(newer.id(), true)
			.containsEntry(older.id(), false)
			.containsEntry(billing.id(), true);

		assertThat(delete(ADDRESS, this.owner, older.id())).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(delete(ADDRESS, this.owner, newer.id())).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(defaults()).containsOnlyKeys(billing.id());
	}

	@Test
	void replacesEveryFieldWithPutAndOnlyTheGivenOnesWithPatch() {
		AddressView address = this.fixtures.address(this.owner);
		assertThat(address.line2()).isNotNull();
		assertThat(address.phone()).isNotNull();

		MvcTestResult patched = patch(ADDRESS, this.owner, address.id(),
				"{\"city\": \"Potsdam\", \"postal_code\": \"14467\"}");
		assertThat(patched).hasStatusOk();
		String json = body(patched);
		assertThat(JsonPath.<String>read(json, "$.city")).isEqualTo("Potsdam");
		assertThat(JsonPath.<String>read(json, "$.line2")).isEqualTo(address.line2());
		assertThat(JsonPath.<String>read(json, "$.phone")).isEqualTo(address.phone());
		assertThat(JsonPath.<Boolean>read(json, "$.is_default")).isTrue();

		assertInvalid(patch(ADDRESS, this.owner, address.id(), "{\"country\": \"GB\"}"), "postal_code");
		assertInvalid(patch(ADDRESS, this.owner, address.id(), "{\"full_name\": \"\"}"), "full_name");
		assertInvalid(patch(ADDRESS, this.owner, address.id(), "{\"city\": \"   \"}"), "city");
		assertThat(patch(ADDRESS, this.owner, address.id(), "{\"phone\": \"\"}")).as("an empty string clears")
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.phone")
			.isNull();

		MvcTestResult missingRequired = put(ADDRESS, this.owner, address.id(),
				"""
						{"type": "SHIPPING", "full_name": "Ada", "line1": "Main St 1", "postal_code": "10115", "country": "DE"}""");
		assertInvalid(missingRequired, "city");

		MvcTestResult replaced = put(ADDRESS, this.owner, address.id(), """
				{"type": "SHIPPING", "full_name": "Ada King", "line1": "1 Main St", "city": "Boston",
				 "postal_code": "02108", "country": "US"}""");
		assertThat(replaced).hasStatusOk();
		String replacedJson = body(replaced);
		assertThat(JsonPath.<String>read(replacedJson, "$.full_name")).isEqualTo("Ada King");
		assertThat(JsonPath.<Object>read(replacedJson, "$.line2")).as("cleared").isNull();
		assertThat(JsonPath.<Object>read(replacedJson, "$.region")).as("cleared").isNull();
		assertThat(JsonPath.<Boolean>read(replacedJson, "$.is_default")).as("stays").isTrue();
		assertThat(this.addressManagement.findAddress(address.id(), this.owner.userId()).orElseThrow())
			.extracting(AddressSnapshot::city, AddressSnapshot::country, AddressSnapshot::line2)
			.containsExactly("Boston", "US", null);

		assertThat(put(ADDRESS, this.owner, address.id(), """
				{"type": "SHIPPING", "full_name": "Ada", "line1": "1 Main St", "city": "Boston",
				 "postal_code": "02108", "country": "US", "is_default": false}""")).as("the default has its own route")
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void movesTheDefaultWithAChangeOfType() {
		CurrentUser user = user(this.owner);
		AddressView home = this.fixtures.address(user, AddressType.SHIPPING);
		AddressView office = this.fixtures.address(user, AddressType.SHIPPING);

		MvcTestResult nowBilling = patch(ADDRESS, this.owner, home.id(), "{\"type\": \"BILLING\"}");

		assertThat(nowBilling).hasStatusOk();
		assertThat(JsonPath.<String>read(body(nowBilling), "$.type")).isEqualTo("BILLING");
		assertThat(JsonPath.<Boolean>read(body(nowBilling), "$.is_default")).as("billing had no default").isTrue();
		assertThat(defaults()).containsEntry(office.id(), true);

		MvcTestResult backToShipping = patch(ADDRESS, this.owner, home.id(), "{\"type\": \"SHIPPING\"}");
		assertThat(JsonPath.<Boolean>read(body(backToShipping), "$.is_default")).as("shipping has one").isFalse();
		assertThat(defaults()).containsEntry(office.id(), true).containsEntry(home.id(), false);
	}

	@Test
	void refusesHostileInputWithProblemsNeverAServerError() {
		AddressView address = this.fixtures.address(this.owner);

		assertThat(post(ADDRESSES, this.owner, """
				{"type": "SHIPPING", "full_name": "Ada", "line1": "1 Main St", "city": "Boston",
				 "postal_code": "02108", "country": "US", "owner_id": "%s"}""".formatted(UUID.randomUUID())))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("owner_id");
		assertThat(post(ADDRESSES, this.owner, """
				{"type": "SHIPPING", "full_name": "Nul\\u0000Lovelace", "line1": "1 Main St", "city": "Boston",
				 "postal_code": "02108", "country": "US"}""")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("invalid_value");
		assertInvalid(patch(ADDRESS, this.owner, address.id(), "{\"line1\": \"%s\"}".formatted("x".repeat(201))),
				"line1");
		assertInvalid(post(ADDRESSES, this.owner, """
				{"type": "SHIPPING", "full_name": "%s", "line1": "%s", "city": "%s", "region": "%s",
				 "postal_code": "%s", "country": "%s", "phone": "%s"}""".formatted("n".repeat(100_000), "l".repeat(201),
				"c".repeat(101), "r".repeat(101), "9".repeat(10_000), "D".repeat(1000), "1".repeat(1000))),
				"full_name");
		assertInvalid(post(ADDRESSES, this.owner, """
				{"type": "HOME", "full_name": "Ada", "line1": "1 Main St", "city": "Boston",
				 "postal_code": "02108", "country": "US"}"""), "type");
		assertInvalid(post(ADDRESSES, this.owner, "{}"), "type");
		assertThat(post(ADDRESSES, this.owner, "[1, 2]")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post(ADDRESSES, this.owner, "{\"type\": ")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("malformed_json");
		assertThat(post(ADDRESSES, this.owner, "{\"type\": \"SHIPPING\", \"full_name\": 42, \"line1\": [\"x\"]}"))
			.hasStatus(HttpStatus.BAD_REQUEST);

		for (String id : new String[] { "not-a-uuid", "1", "00000000-0000-0000-0000-00000000000g" }) {
			MvcTestResult result = get(ADDRESS, this.owner, id);
			assertThat(result.getResponse().getStatus()).as(id).isIn(400, 404);
			assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		}
		assertThat(this.mvc.get().uri(ADDRESSES).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.post().uri(ADDRESS + "/default", address.id()).exchange())
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(JsonPath.<List<Object>>read(body(get(ADDRESSES, this.owner)), "$.results")).hasSize(1);
	}

	@Test
	void letsShopkeepersAndAdminsKeepTheirOwnAddresses() {
		String shopkeeperEmail = AccountsFixtures.uniqueEmail("shop");
		this.accounts.registerShopkeeper(shopkeeperEmail);
		for (Session session : List.of(this.accounts.login(shopkeeperEmail), this.accounts.admin())) {
			assertThat(post(ADDRESSES, session, address("AU", "2000"))).hasStatus(HttpStatus.CREATED);
			assertThat(JsonPath.<List<Object>>read(body(get(ADDRESSES, session)), "$.results")).hasSize(1);
		}
	}

	private Map<UUID, Boolean> defaults() {
		return this.addressBook.addresses(user(this.owner), null)
			.stream()
			.collect(java.util.stream.Collectors.toMap(AddressView::id, AddressView::isDefault));
	}

	private static String address(String country, String postalCode) {
		return """
				{"type": "SHIPPING", "full_name": "Ada Lovelace", "line1": "1 Main Street", "line2": "Flat 2",
				 "city": "Capital", "region": "Region", "postal_code": "%s", "country": "%s"}""".formatted(postalCode,
				country);
	}

	private static CurrentUser user(Session session) {
		return new CurrentUser(session.userId(), Role.CUSTOMER, session.sessionId());
	}

	private static List<UUID> ids(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return JsonPath.<List<String>>read(body(result), "$.results[*].id").stream().map(UUID::fromString).toList();
	}

	private MvcTestResult get(String path, Session session, Object... variables) {
		return this.mvc.get().uri(path, variables).header(HttpHeaders.AUTHORIZATION, session.bearer()).exchange();
	}

	private MvcTestResult delete(String path, Session session, Object... variables) {
		return this.mvc.delete().uri(path, variables).header(HttpHeaders.AUTHORIZATION, session.bearer()).exchange();
	}

	private MvcTestResult post(String path, Session session, Object id) {
		return this.mvc.post().uri(path, id).header(HttpHeaders.AUTHORIZATION, session.bearer()).exchange();
	}

	private MvcTestResult post(String path, Session session, String json) {
		return this.mvc.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, session.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult put(String path, Session session, Object id, String json) {
		return this.mvc.put()
			.uri(path, id)
			.header(HttpHeaders.AUTHORIZATION, session.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult patch(String path, Session session, Object id, String json) {
		return this.mvc.patch()
			.uri(path, id)
			.header(HttpHeaders.AUTHORIZATION, session.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private static void assertInvalid(MvcTestResult result, String field) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(JsonPath.<List<String>>read(body(result), "$.errors[*].field")).contains(field);
	}

	private static void assertNotFound(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("address_not_found");
	}

}
