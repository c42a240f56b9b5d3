package io.mercato.shared.web;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.QueryCounter;
import io.mercato.testing.Race;
import io.mercato.testing.fixtures.SampleFaults;
import io.mercato.testing.fixtures.SampleFaults.Fault;
import io.mercato.testing.fixtures.SampleFaults.Pause;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code Idempotency-Key} rule of {@link Idempotent} handlers, through the sample
 * endpoint {@code POST /api/v1/samples/once}, which creates a sample (and publishes its
 * event) as a module's creating endpoint does.
 */
@MercatoApiTest
class IdempotencyApiIntegrationTests {

	private static final String ONCE = "/api/v1/samples/once";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	SampleFaults faults;

	@Autowired
	IdempotencyKeyCleanup cleanup;

	@Autowired
	ApplicationContext context;

	@Test
	void replaysTheFirstAnswerToTheSameRequestWithoutDoingItAgain() {
		String name = uniqueName();
		String key = newKey();

		MvcTestResult first = create(key, sample(name, "10.00"));
		MvcTestResult again = create(key, sample(name, "10.00"));

		assertThat(first).hasStatus(HttpStatus.CREATED);
		assertThat(first.getResponse().getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
		assertThat(again).hasStatus(HttpStatus.CREATED);
		assertThat(again).headers().hasValue(IdempotencyFilter.REPLAYED_HEADER, "true");
		assertThat(body(again)).isEqualTo(body(first));
		assertThat(again.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo(first.getResponse().getHeader(HttpHeaders.LOCATION))
			.endsWith("/" + JsonPath.read(body(first), "$.id"));
		assertThat(again.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"0\"");
		assertThat(again.getResponse().getContentType()).isEqualTo(first.getResponse().getContentType());
		assertThat(samplesNamed(name)).isOne();
	}

	@Test
	void refusesTheKeyForADifferentRequest() {
		String name = uniqueName();
		String key = newKey();
		assertThat(create(key, sample(name, "10.00"))).hasStatus(HttpStatus.CREATED);

		MvcTestResult otherBody = create(key, sample(name, "11.00"));
		MvcTestResult otherPath = this.mvc.post()
			.uri(ONCE + "?note=other")
			.header(IdempotencyFilter.KEY_HEADER, key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(sample(name, "10.00"))
			.exchange();

		assertProblem(otherBody, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency_key_reused");
		assertProblem(otherPath, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency_key_reused");
		assertThat(samplesNamed(name)).isOne();
	}

	@Test
	void keepsEachCallersKeysApart() {
		AccountsFixtures accounts = AccountsFixtures.of(this.mvc, this.context);
		Session alice = accounts.customer();
		Session bob = accounts.customer();
		String name = uniqueName();
		String key = newKey();

		MvcTestResult byAlice = create(key, sample(name, "10.00"), alice);
		MvcTestResult byBob = create(key, sample(name, "10.00"), bob);
		MvcTestResult anonymous = create(key, sample(name, "10.00"));
		MvcTestResult fromElsewhere = request(key, sample(name, "10.00")).with((request) -> {
			request.setRemoteAddr("192.0.2.7");
			return request;
		}).exchange();
		// another guest behind the same address, holding another cart
		MvcTestResult otherGuest = request(key, sample(name, "10.00")).header("X-Cart-Token", "another-guests-cart")
			.exchange();
		MvcTestResult bobAgain = create(key, sample(name, "10.00"), bob);

		for (MvcTestResult result : List.of(byAlice, byBob, anonymous, fromElsewhere, otherGuest)) {
			assertThat(result).hasStatus(HttpStatus.CREATED);
			assertThat(result.getResponse().getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
		}
		assertThat(bobAgain).headers().hasValue(IdempotencyFilter.REPLAYED_HEADER, "true");
		assertThat(body(bobAgain)).isEqualTo(body(byBob));
		assertThat(samplesNamed(name)).isEqualTo(5);
		assertThat(
				this.jdbc.sql("select scope from idempotency_key where key = ?").param(key).query(String.class).list())
			.hasSize(5)
			.contains("user:" + alice.userId(), "user:" + bob.userId(), "client:127.0.0.1", "client:192.0.2.7")
			.anyMatch((scope) -> scope.matches("client:127\\.0\\.0\\.1:[0-9a-f]{64}"));
	}

	@Test
	void runsRacingDuplicatesOnce() throws InterruptedException {
		String name = uniqueName();
		String key = newKey();

		List<Race.Outcome<MvcTestResult>> outcomes = Race.of(20, (i) -> create(key, sample(name, "10.00")),
				Duration.ofSeconds(60));

		List<MvcTestResult> results = outcomes.stream().map(Race.Outcome::value).toList();
		List<MvcTestResult> created = results.stream()
			.filter((result) -> result.getResponse().getStatus() == HttpStatus.CREATED.value())
			.toList();
		assertThat(created).isNotEmpty();
		assertThat(created).extracting(IdempotencyApiIntegrationTests::body).containsOnly(body(created.get(0)));
		assertThat(created)
			.filteredOn((result) -> result.getResponse().getHeader(IdempotencyFilter.REPLAYED_HEADER) == null)
			.hasSize(1);
		results.stream()
			.filter((result) -> result.getResponse().getStatus() != HttpStatus.CREATED.value())
			.forEach((result) -> assertProblem(result, HttpStatus.CONFLICT, "idempotency_key_in_progress"));
		assertThat(samplesNamed(name)).isOne();
		assertThat(keysNamed(key)).isOne();
	}

	@Test
	void refusesTheKeyWhileItsFirstRequestRuns() throws Exception {
		String name = uniqueName();
		String key = newKey();
		Pause pause = this.faults.pauseNext(name);
		CompletableFuture<MvcTestResult> first = CompletableFuture
			.supplyAsync(() -> create(key, sample(name, "10.00")));
		try {
			assertThat(pause.awaitEntered()).isTrue();

			MvcTestResult duplicate = create(key, sample(name, "10.00"));

			assertProblem(duplicate, HttpStatus.CONFLICT, "idempotency_key_in_progress");
			assertThat(duplicate).headers().hasValue(HttpHeaders.RETRY_AFTER, "1");
		}
		finally {
			pause.release();
		}
		assertThat(first.get(20, TimeUnit.SECONDS)).hasStatus(HttpStatus.CREATED);
		assertThat(create(key, sample(name, "10.00"))).headers().hasValue(IdempotencyFilter.REPLAYED_HEADER, "true");
		assertThat(samplesNamed(name)).isOne();
	}

	@Test
	void storesNothingForARequestRefusedByValidationSoTheKeyMayBeUsedAgain() {
		String name = uniqueName();
		String key = newKey();

		MvcTestResult refused = create(key, sample("", "10.00"));
		MvcTestResult corrected = create(key, sample(name, "10.00"));

		assertProblem(refused, HttpStatus.BAD_REQUEST, "validation_failed");
		assertThat(corrected).hasStatus(HttpStatus.CREATED);
		assertThat(corrected.getResponse().getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
		assertThat(samplesNamed(name)).isOne();
	}

	@Test
	void rollsBackAndStoresNothingWhenTheServiceRefusesAfterWriting() {
		String name = uniqueName();
		String key = newKey();
		this.faults.failNext(name, Fault.REFUSE_AFTER_SAVING);

		MvcTestResult refused = create(key, sample(name, "10.00"));

		assertProblem(refused, HttpStatus.CONFLICT, "sample_conflict");
		assertThat(samplesNamed(name)).isZero();
		assertThat(keysNamed(key)).isZero();

		MvcTestResult retried = create(key, sample(name, "10.00"));

		assertThat(retried).hasStatus(HttpStatus.CREATED);
		assertThat(retried.getResponse().getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
		assertThat(samplesNamed(name)).isOne();
		assertThat(keysNamed(key)).isOne();
	}

	@Test
	void rollsBackTheWritesOfAHandlerThatFailsAfterThem() {
		String name = uniqueName();
		String key = newKey();
		this.faults.failNext(name, Fault.FAIL_AFTER_SAVING);

		MvcTestResult failed = create(key, sample(name, "10.00"));

		assertProblem(failed, HttpStatus.INTERNAL_SERVER_ERROR, "internal_error");
		assertThat(samplesNamed(name)).isZero();
		assertThat(keysNamed(key)).isZero();
		assertThat(create(key, sample(name, "10.00"))).hasStatus(HttpStatus.CREATED);
		assertThat(samplesNamed(name)).isOne();
	}

	@Test
	void answersNoSuccessWhoseWritesTheTransactionRollsBack() {
		String name = uniqueName();
		String key = newKey();
		this.faults.failNext(name, Fault.IGNORE_REFUSAL);

		MvcTestResult contradicted = create(key, sample(name, "10.00"));

		assertProblem(contradicted, HttpStatus.INTERNAL_SERVER_ERROR, "internal_error");
		assertThat(contradicted.getResponse().getHeader(HttpHeaders.LOCATION)).isNull();
		assertThat(samplesNamed(name)).isZero();
		assertThat(keysNamed(key)).isZero();
	}

	@Test
	void runsTheRequestAgainOnceItsKeyExpired() {
		String name = uniqueName();
		String key = newKey();
		MvcTestResult first = create(key, sample(name, "10.00"));
		expire(key);

		MvcTestResult later = create(key, sample(name, "10.00"));

		assertThat(later).hasStatus(HttpStatus.CREATED);
		assertThat(later.getResponse().getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
		assertThat(body(later)).isNotEqualTo(body(first));
		assertThat(samplesNamed(name)).isEqualTo(2);
		assertThat(create(key, sample(name, "10.00"))).headers().hasValue(IdempotencyFilter.REPLAYED_HEADER, "true");
		assertThat(
				this.jdbc.sql("select extract(epoch from expires_at - created_at) from idempotency_key where key = ?")
					.param(key)
					.query(Long.class)
					.single())
			.isEqualTo(Duration.ofHours(24).toSeconds());
	}

	@Test
	void cleanupDeletesExpiredKeysOnly() {
		String expired = newKey();
		String live = newKey();
		create(expired, sample(uniqueName(), "10.00"));
		create(live, sample(uniqueName(), "10.00"));
		expire(expired);

		int deleted = this.cleanup.deleteExpiredKeys();

		assertThat(deleted).isPositive();
		assertThat(keysNamed(expired)).isZero();
		assertThat(keysNamed(live)).isOne();
	}

	@Test
	void refusesKeysThatAreTooLongOrNotVisibleAscii() {
		String name = uniqueName();
		for (String key : new String[] { "k".repeat(256), "", "two words", "tab\there", "bell\u0007", "clé" }) {
			MvcTestResult result = create(key, sample(name, "10.00"));

			assertProblem(result, HttpStatus.BAD_REQUEST, "invalid_idempotency_key");
		}
		assertThat(create("k".repeat(255), sample(name, "10.00"))).hasStatus(HttpStatus.CREATED);
		assertThat(samplesNamed(name)).isOne();
	}

	@Test
	void leavesRequestsWithoutTheHeaderAndOtherEndpointsAsTheyWere() {
		String name = uniqueName();

		MvcTestResult first = this.mvc.post()
			.uri(ONCE)
			.contentType(MediaType.APPLICATION_JSON)
			.content(sample(name, "10.00"))
			.exchange();
		MvcTestResult second = this.mvc.post()
			.uri(ONCE)
			.contentType(MediaType.APPLICATION_JSON)
			.content(sample(name, "10.00"))
			.exchange();
		MvcTestResult notIdempotent = this.mvc.post()
			.uri("/api/v1/samples")
			.header(IdempotencyFilter.KEY_HEADER, "not a valid key \u0007")
			.contentType(MediaType.APPLICATION_JSON)
			.content(sample(name, "10.00"))
			.exchange();

		assertThat(first).hasStatus(HttpStatus.CREATED);
		assertThat(second).hasStatus(HttpStatus.CREATED);
		assertThat(body(second)).isNotEqualTo(body(first));
		assertThat(notIdempotent).hasStatus(HttpStatus.CREATED);
		assertThat(samplesNamed(name)).isEqualTo(3);
	}

	@Test
	void addsAtMostThreeStatementsToAFirstRequestAndAnswersAReplayWithTwo() {
		String key = newKey();
		String name = uniqueName();
		QueryCounter.reset();
		this.mvc.post()
			.uri(ONCE)
			.contentType(MediaType.APPLICATION_JSON)
			.content(sample(uniqueName(), "10.00"))
			.exchange();
		long withoutKey = QueryCounter.count();

		QueryCounter.reset();
		create(key, sample(name, "10.00"));
		long withKey = QueryCounter.count();
		QueryCounter.reset();
		create(key, sample(name, "10.00"));
		long replay = QueryCounter.count();

		assertThat(withoutKey).isPositive();
		assertThat(withKey - withoutKey).isLessThanOrEqualTo(3);
		assertThat(replay).isEqualTo(2);
	}

	@Test
	void documentsTheHeaderAndItsProblemsOnIdempotentOperationsOnly() {
		MvcTestResult document = this.mvc.get().uri("/v3/api-docs").exchange();
		String once = "$.paths['/api/v1/samples/once'].post";

		assertThat(document).bodyJson()
			.extractingPath(once + ".parameters[?(@.name == 'Idempotency-Key')].in")
			.asArray()
			.containsExactly("header");
		assertThat(document).bodyJson()
			.extractingPath(once + ".responses")
			.asMap()
			.containsKeys("201", "400", "409", "422");
		assertThat(document).bodyJson()
			.extractingPath(once + ".responses['409'].description")
			.asString()
			.contains("sample_conflict", "idempotency_key_in_progress");
		assertThat(document).bodyJson()
			.extractingPath(once + ".responses['422'].description")
			.asString()
			.contains("idempotency_key_reused");
		assertThat(document).bodyJson().doesNotHavePath("$.paths['/api/v1/samples'].post.parameters");
		assertThat(document).bodyJson()
			.extractingPath("$.paths['/api/v1/samples'].post.responses")
			.asMap()
			.doesNotContainKey("422");
	}

	private MvcTestResult create(String key, String json) {
		return request(key, json).exchange();
	}

	private MvcTestResult create(String key, String json, Session session) {
		return request(key, json).header(Session.header(), session.bearer()).exchange();
	}

	private MockMvcRequestBuilder request(String key, String json) {
		return this.mvc.post()
			.uri(ONCE)
			.header(IdempotencyFilter.KEY_HEADER, key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	private void expire(String key) {
		this.jdbc.sql("""
				update idempotency_key
				set created_at = created_at - interval '25 hours', expires_at = expires_at - interval '25 hours'
				where key = ?""").param(key).update();
	}

	private long samplesNamed(String name) {
		return this.jdbc.sql("select count(*) from fixtures.sample where name = ?")
			.param(name)
			.query(Long.class)
			.single();
	}

	private long keysNamed(String key) {
		return this.jdbc.sql("select count(*) from idempotency_key where key = ?")
			.param(key)
			.query(Long.class)
			.single();
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status, String code) {
		assertThat(result).hasStatus(status);
		assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
		assertThat(result).bodyJson().extractingPath("$.request_id").isNotNull();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sample(String name, String price) {
		return "{\"name\": \"%s\", \"price\": \"%s\"}".formatted(name, price);
	}

	private static String uniqueName() {
		return "idem-" + UUID.randomUUID().toString().substring(0, 13);
	}

	private static String newKey() {
		return UUID.randomUUID().toString();
	}

}
