package io.mercato.shared.web;

import java.net.URI;
import java.util.UUID;

import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.fixtures.SampleRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

@MercatoApiTest
@ExtendWith(OutputCaptureExtension.class)
class ProblemResponsesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SampleRepository samples;

	@Test
	void answersUnknownApiRouteWith404Problem() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/nope").exchange();

		assertProblem(result, HttpStatus.NOT_FOUND, "not_found");
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/api/v1/nope");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("There is no endpoint GET /api/v1/nope.");
	}

	@Test
	void answersUnknownRouteOutsideTheApiWithProblemEvenWhenHtmlIsAccepted() {
		MvcTestResult result = this.mvc.get().uri("/nope").accept(MediaType.TEXT_HTML).exchange();

		assertProblem(result, HttpStatus.NOT_FOUND, "not_found");
	}

	@Test
	void answersWrongMethodWith405ProblemNamingTheAllowedOnes() {
		MvcTestResult result = this.mvc.put().uri("/api/v1/samples").exchange();

		assertProblem(result, HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed");
		assertThat(result).headers().containsHeader("Allow");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("GET", "POST");
	}

	@Test
	void answersUnsupportedMediaTypeWith415Problem() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/samples")
			.contentType(MediaType.TEXT_PLAIN)
			.content("name=x")
			.exchange();

		assertProblem(result, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type");
	}

	@Test
	void answersMalformedJsonWith400ProblemAndWritesNothing() {
		long before = this.samples.count();

		MvcTestResult result = postSample("{\"name\": \"lamp\", ");

		assertProblem(result, HttpStatus.BAD_REQUEST, "malformed_json");
		assertThat(this.samples.count()).isEqualTo(before);
	}

	@Test
	void answersMissingBodyWith400Problem() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/samples")
			.contentType(MediaType.APPLICATION_JSON)
			.exchange();

		assertProblem(result, HttpStatus.BAD_REQUEST, "malformed_json");
	}

	@Test
	void rejectsUnknownPropertiesNamingThem() {
		long before = this.samples.count();

		MvcTestResult result = postSample("{\"name\": \"lamp\", \"price\": \"10.00\", \"version\": 7}");

		assertProblem(result, HttpStatus.BAD_REQUEST, "unknown_property");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("version");
		assertThat(this.samples.count()).isEqualTo(before);
	}

	@Test
	void listsEveryBeanValidationFailureAsFieldError() {
		MvcTestResult result = postSample("{\"name\": \"\", \"price\": null}");

		assertProblem(result, HttpStatus.BAD_REQUEST, "validation_failed");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("name", "price");
	}

	@Test
	void reportsWrongJsonValueTypeAsFieldErrorWithoutJavaNames() throws Exception {
		MvcTestResult result = postSample("{\"name\": [1], \"price\": \"10.00\"}");

		assertProblem(result, HttpStatus.BAD_REQUEST, "validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("java.", "String`");
	}

	@Test
	void reportsInvalidMoneyWithTheReason() {
		MvcTestResult result = postSample("{\"name\": \"lamp\", \"price\": \"10.005\"}");

		assertProblem(result, HttpStatus.BAD_REQUEST, "validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("price");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("must have at most two decimals");
	}

	@Test
	void reportsPathVariableOfWrongTypeAsFieldError() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/samples/not-a-uuid").exchange();

		assertProblem(result, HttpStatus.BAD_REQUEST, "validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("id");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("must be a UUID");
	}

	@Test
	void reportsQueryParameterOfWrongTypeAsFieldError() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/samples?page_size=many").exchange();

		assertProblem(result, HttpStatus.BAD_REQUEST, "validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("page_size");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("must be a whole number");
	}

	@Test
	void reportsQueryParameterOutOfRangeAsFieldError() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/samples?page_size=1000").exchange();

		assertProblem(result, HttpStatus.BAD_REQUEST, "validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("page_size");
	}

	@Test
	void rejectsMalformedCursor() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/samples?cursor=garbage!").exchange();

		assertProblem(result, HttpStatus.BAD_REQUEST, "invalid_cursor");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("cursor");
	}

	@Test
	void answersOptimisticLockConflictWith409Problem() {
		String id = createSample("desk");

		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/samples/{id}/racing-rename", id)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"table\"}")
			.exchange();

		assertProblem(result, HttpStatus.CONFLICT, "concurrent_modification");
		assertThat(this.samples.findById(UUID.fromString(id)).orElseThrow().getName()).isEqualTo("desk");
	}

	@Test
	void answersAnonymousCallerOfUnopenedRouteWith401Problem() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/samples/unopened").exchange();

		assertProblem(result, HttpStatus.UNAUTHORIZED, "authentication_required");
	}

	@Test
	void answersAnonymousCallerOfRoleProtectedMethodWith401Problem() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/samples/admin-report").exchange();

		assertProblem(result, HttpStatus.UNAUTHORIZED, "authentication_required");
	}

	@Test
	void answersCustomerCallingAdminMethodWith403Problem() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/samples/admin-report")
			.with(authentication(as(Role.CUSTOMER)))
			.exchange();

		assertProblem(result, HttpStatus.FORBIDDEN, "forbidden");
	}

	@Test
	void answersAuthenticatedCallerOfUnopenedRouteWith403Problem() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/samples/unopened")
			.with(authentication(as(Role.ADMIN)))
			.exchange();

		assertProblem(result, HttpStatus.FORBIDDEN, "forbidden");
	}

	@Test
	void letsAdminCallAdminMethodAsCurrentUser() {
		TestingAuthenticationToken admin = as(Role.ADMIN);

		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/samples/admin-report")
			.with(authentication(admin))
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.requested_by")
			.isEqualTo(((CurrentUser) admin.getPrincipal()).id().toString());
	}

	@Test
	void answersALockTheDatabaseDidNotGrantWithARetryableConflict() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/samples/lock-not-granted").exchange();

		assertProblem(result, HttpStatus.CONFLICT, "concurrent_modification");
		assertThat(result.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("relation", "obtain");
	}

	@Test
	void answersUnexpectedFailureWith500ProblemThatRevealsNothingInternal() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/samples/failure").exchange();

		assertProblem(result, HttpStatus.INTERNAL_SERVER_ERROR, "internal_error");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("select", "fixtures", "Exception",
				"SampleController", "at io.");
	}

	@Test
	void logsUnexpectedFailureInFullWithTheRequestId(CapturedOutput output) {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/samples/failure")
			.header(RequestIds.HEADER, "failure-7")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(output).contains("[failure-7] ").contains("select secret from fixtures.credentials");
	}

	@Test
	void rejectsMoneySentAsJsonNumber() {
		MvcTestResult result = postSample("{\"name\": \"lamp\", \"price\": 10.5}");

		assertProblem(result, HttpStatus.BAD_REQUEST, "validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("price");
	}

	@Test
	void refusesControlCharactersInJsonStringsNamingTheFieldAndWritesNothing() {
		long before = this.samples.count();

		for (String name : new String[] { "la\\u0000mp", "la\\u0007mp", "la\\u009bmp" }) {
			MvcTestResult result = postSample("{\"name\": \"" + name + "\", \"price\": \"12.50\"}");

			assertProblem(result, HttpStatus.BAD_REQUEST, "invalid_value");
			assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
		}
		assertThat(this.samples.count()).isEqualTo(before);
	}

	@Test
	void acceptsTabsAndLineBreaksInJsonStrings() {
		assertThat(postSample("{\"name\": \"brass\\tlamp\\r\\nold\", \"price\": \"12.50\"}"))
			.hasStatus(HttpStatus.CREATED);
	}

	@Test
	void refusesControlCharactersInQueryParametersNamingThem() {
		MvcTestResult result = this.mvc.get().uri(URI.create("/api/v1/samples?cursor=a%00b")).exchange();

		assertProblem(result, HttpStatus.BAD_REQUEST, "invalid_value");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("cursor");
	}

	/**
	 * PostgreSQL refuses a NUL in text, so before these were refused where the request
	 * enters, each of these reached the database and answered 500.
	 */
	@Test
	void refusesNulInAccountsTextBeforeItReachesTheDatabase() {
		assertRefusedField(this.mvc.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"a\\u0000b@example.com\", \"password\": \"whatever it is\"}"), "email");
		assertRefusedField(this.mvc.post()
			.uri("/api/v1/auth/register/shopkeeper")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email": "nul-shop@example.com", "password": "x", "password_confirm": "x",
					 "shop_name": "Nul\\u0000Shop"}"""), "shop_name");
		assertRefusedField(this.mvc.post()
			.uri("/api/v1/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"email": "nul@example.com", "password": "x", "password_confirm": "x", "full_name": "A\\u0000B"}"""),
				"full_name");
		assertRefusedField(
				this.mvc.get().uri(URI.create("/api/v1/admin/users?search=a%00b")).with(authentication(as(Role.ADMIN))),
				"search");
		assertRefusedField(
				this.mvc.get().uri(URI.create("/api/v1/customers?search=a%00b")).with(authentication(as(Role.ADMIN))),
				"search");
	}

	@Test
	void answersWildcardContentTypeWith415Problem() {
		for (String wildcard : new String[] { "*/*", "application/*", "text/*" }) {
			MvcTestResult result = this.mvc.post()
				.uri("/api/v1/samples")
				.header("Content-Type", wildcard)
				.content("{\"name\": \"lamp\", \"price\": \"12.50\"}")
				.exchange();

			assertProblem(result, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type");
		}
		// a POST without a body is an action: the type of a body it does not send does
		// not matter, and the request reaches its handler (which fails on purpose here)
		MvcTestResult action = this.mvc.post()
			.uri("/api/v1/samples/duplicate-key")
			.header("Content-Type", "*/*")
			.exchange();
		assertProblem(action, HttpStatus.INTERNAL_SERVER_ERROR, "internal_error");
	}

	@Test
	void logsADatabaseFailureByStateAndConstraintWithoutTheStatementOrValues(CapturedOutput output) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/samples/duplicate-key")
			.header(RequestIds.HEADER, "duplicate-3")
			.exchange();

		assertProblem(result, HttpStatus.INTERNAL_SERVER_ERROR, "internal_error");
		assertThat(output).contains("[duplicate-3] ")
			.contains("SQL state 23505, constraint sample_pkey, table fixtures.sample")
			.contains("SampleService.insertTheSameKeyTwice")
			.doesNotContain("insert into fixtures.sample")
			.doesNotContain("secret value");
	}

	@Test
	void answersModuleProblemsWithModuleCodeAndRequestId() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/samples/{id}", UUID.randomUUID()).exchange();

		assertProblem(result, HttpStatus.NOT_FOUND, "sample_not_found");
	}

	@Test
	void echoesTheCallersRequestId() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/nope").header(RequestIds.HEADER, "trace-42").exchange();

		assertThat(result).headers().hasValue(RequestIds.HEADER, "trace-42");
		assertThat(result).bodyJson().extractingPath("$.request_id").isEqualTo("trace-42");
	}

	@Test
	void generatesRequestIdWhenNoneOrAnUnsafeOneIsSent() {
		MvcTestResult none = this.mvc.get().uri("/api/v1").exchange();
		MvcTestResult unsafe = this.mvc.get()
			.uri("/api/v1")
			.header(RequestIds.HEADER, "x\nforged: log line")
			.exchange();

		String generated = none.getResponse().getHeader(RequestIds.HEADER);
		assertThat(UUID.fromString(generated).version()).isEqualTo(7);
		assertThat(unsafe.getResponse().getHeader(RequestIds.HEADER)).doesNotContain("forged").hasSize(36);
	}

	@Test
	void answersPathsWithAndWithoutTrailingSlashAlike() {
		assertThat(this.mvc.get().uri("/api/v1/samples")).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/samples/")).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/")).hasStatusOk();
	}

	@Test
	void pagesThroughAListWithCursors() throws Exception {
		for (int i = 0; i < 3; i++) {
			createSample("page item " + i);
		}
		MvcTestResult first = this.mvc.get().uri("/api/v1/samples?page_size=2").exchange();

		assertThat(first).hasStatusOk();
		String next = first.getResponse().getContentAsString().replaceAll(".*\"next\":\"([^\"]+)\".*", "$1");
		assertThat(next).startsWith("http://localhost/api/v1/samples?page_size=2&cursor=");
		assertThat(this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(next)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.previous")
			.isNull();
	}

	private void assertRefusedField(MockMvcTester.MockMvcRequestBuilder request, String field) {
		MvcTestResult result = request.exchange();
		assertProblem(result, HttpStatus.BAD_REQUEST, "invalid_value");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
	}

	private MvcTestResult postSample(String json) {
		return this.mvc.post().uri("/api/v1/samples").contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private String createSample(String name) {
		MvcTestResult created = postSample("{\"name\": \"" + name + "\", \"price\": \"12.50\"}");
		assertThat(created).hasStatus(HttpStatus.CREATED);
		return created.getResponse().getHeader("Location").replaceAll(".*/", "");
	}

	private static TestingAuthenticationToken as(Role role) {
		return new TestingAuthenticationToken(new CurrentUser(UUID.randomUUID(), role, UUID.randomUUID()), null,
				role.authority());
	}

	static void assertProblem(MvcTestResult result, HttpStatus status, String code) {
		assertThat(result).hasStatus(status);
		assertThat(result).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:mercato:problem:" + code);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo(status.getReasonPhrase());
		assertThat(result).bodyJson()
			.extractingPath("$.request_id")
			.isEqualTo(result.getResponse().getHeader(RequestIds.HEADER));
		assertThat(result).bodyJson().extractingPath("$.instance").asString().startsWith("/");
	}

}
