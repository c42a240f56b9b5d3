package io.mercato.shared.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.testing.MercatoApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * The API documentation as served, and the rules that keep the OpenAPI document as strict
 * as the API: what a client generated from it gets is what the server answers.
 */
@MercatoApiTest
class DocumentationIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.shared();

	@Autowired
	MockMvcTester mvc;

	@Test
	void servesAnOpenApi31Document() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.openapi").asString().startsWith("3.1");
	}

	@Test
	void servesTheDocumentAndThePagesAtShortPaths() {
		assertThat(this.mvc.get().uri("/schema/")).hasForwardedUrl("/v3/api-docs");
		assertThat(this.mvc.get().uri("/schema")).hasForwardedUrl("/v3/api-docs");
		assertThat(this.mvc.get().uri("/docs/")).hasForwardedUrl("/docs/index.html");
		assertThat(this.mvc.get().uri("/docs")).hasForwardedUrl("/docs/index.html");
		assertThat(this.mvc.get().uri("/docs/swagger/")).hasForwardedUrl("/docs/swagger/index.html");
	}

	@Test
	void documentsTheProblemShapeAndTheBearerScheme() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();

		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.Problem.properties")
			.asMap()
			.containsKeys("type", "title", "status", "detail", "instance", "code", "request_id", "errors");
		assertThat(result).bodyJson()
			.extractingPath("$.components.securitySchemes.bearerAuth.scheme")
			.isEqualTo("bearer");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1'].get.responses['500'].content")
			.asMap()
			.containsKey("application/problem+json");
	}

	@Test
	void namesSchemaPropertiesInSnakeCaseAsTheJsonIs() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();

		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.Documentation.properties")
			.asMap()
			.containsKey("swagger_ui")
			.doesNotContainKey("swaggerUi");
	}

	@Test
	void documentsSecuredOperationsWithTheirAuthenticationErrors() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();

		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/samples/admin-report'].get.responses")
			.asMap()
			.containsKeys("200", "401", "403");
	}

	@Test
	void documentsTooManyRequestsWithRetryAfterOnEveryApiOperation() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();

		for (String operation : new String[] { "['/api/v1'].get", "['/api/v1/auth/login'].post",
				"['/api/v1/samples/admin-report'].get" }) {
			String response = "$.paths" + operation + ".responses['429']";
			assertThat(result).bodyJson()
				.extractingPath(response + ".content")
				.asMap()
				.containsKey("application/problem+json");
			assertThat(result).bodyJson().extractingPath(response + ".headers['Retry-After'].required").isEqualTo(true);
		}
	}

	@Test
	void typesEverySchema() {
		JsonNode document = document();
		List<String> untyped = new ArrayList<>();
		eachSchema(document, (where, schema) -> {
			boolean typed = schema.has("type") || schema.has("$ref") || schema.has("anyOf") || schema.has("oneOf")
					|| schema.has("allOf");
			if (!typed) {
				untyped.add(where);
			}
		});

		assertThat(untyped).as("schemas without a type").isEmpty();
	}

	@Test
	void requiresWhatEveryResponseObjectAlwaysCarries() {
		JsonNode document = document();
		List<String> loose = new ArrayList<>();
		responseSchemaNames(document).forEach((name) -> {
			JsonNode schema = document.path("components").path("schemas").path(name);
			if (schema.has("properties")
					&& (!"object".equals(schema.path("type").asString()) || schema.path("required").isEmpty())) {
				loose.add(name);
			}
		});

		assertThat(loose).as("response schemas without type object and a required list").isEmpty();
	}

	@Test
	void typesWhatTheServerSendsAsNullAsNullable() {
		JsonNode schemas = document().path("components").path("schemas");

		// the properties this document once left non-nullable; every response of the
		// API tests is checked for nulls as well (OpenApiContract)
		for (String property : new String[] { "ProductResponse.compare_at_price", "ProductSummaryResponse.brand_name",
				"ProductSummaryResponse.compare_at_price", "BrandResponse.logo_url", "UserResponse.phone",
				"UserResponse.full_name", "ShopResponse.tax_number", "ShopResponse.verified_at",
				"CursorPageProductSummaryResponse.next", "CursorPageProductSummaryResponse.previous",
				"NumberedPageBrandResponse.next", "NumberedPageBrandResponse.previous" }) {
			String[] parts = property.split("\\.");
			assertThat(admitsNull(schemas.path(parts[0]).path("properties").path(parts[1]))).as(property).isTrue();
		}
	}

	@Test
	void documentsNotFoundOnEveryOperationWithAPathVariable() {
		List<String> missing = new ArrayList<>();
		eachOperation(document(), (path, method, operation) -> {
			if (path.contains("{") && !operation.path("responses").has("404")) {
				missing.add(method + " " + path);
			}
		});

		assertThat(missing).as("operations on a path variable without 404").isEmpty();
	}

	@Test
	void answersEveryDocumentedErrorWithAProblem() {
		List<String> notProblems = new ArrayList<>();
		eachOperation(document(),
				(path, method, operation) -> operation.path("responses").properties().forEach((entry) -> {
					boolean error = entry.getKey().startsWith("4") || entry.getKey().startsWith("5")
							|| "default".equals(entry.getKey());
					if (error && !"#/components/schemas/Problem".equals(entry.getValue()
						.path("content")
						.path("application/problem+json")
						.path("schema")
						.path("$ref")
						.asString(""))) {
						notProblems.add(method + " " + path + " " + entry.getKey());
					}
				}));

		assertThat(notProblems).isEmpty();
	}

	@Test
	void documentsTheConflictsAnOperationCanAnswer() {
		JsonNode paths = document().path("paths");

		assertThat(paths.path("/api/v1/products")
			.path("post")
			.path("responses")
			.path("409")
			.path("description")
			.asString()).contains("sku_taken");
		assertThat(paths.path("/api/v1/categories/{id}")
			.path("delete")
			.path("responses")
			.path("409")
			.path("description")
			.asString()).contains("category_in_use");
	}

	@Test
	void namesEveryOperationWithoutANumberedSuffix() {
		List<String> ids = new ArrayList<>();
		eachOperation(document(), (path, method, operation) -> ids.add(operation.path("operationId").asString()));

		assertThat(ids).doesNotHaveDuplicates().noneMatch((id) -> id.matches(".*_[0-9]+"));
	}

	@Test
	void hasNoTwoPathsThatDifferOnlyInParameterNames() {
		Map<String, String> templates = new HashMap<>();
		List<String> clashes = new ArrayList<>();
		document().path("paths").propertyNames().forEach((path) -> {
			String previous = templates.put(path.replaceAll("\\{[^}]*}", "{}"), path);
			if (previous != null) {
				clashes.add(previous + " and " + path);
			}
		});

		assertThat(clashes).isEmpty();
	}

	@Test
	void letsATokenChangeWhatPublicReadsAnswer() {
		JsonNode paths = document().path("paths");

		for (JsonNode operation : List.of(paths.path("/api/v1/products").path("get"),
				paths.path("/api/v1/products/{id}").path("get"))) {
			assertThat(operation.path("security").toString()).isEqualTo("[{},{\"bearerAuth\":[]}]");
		}
	}

	@Test
	void namesTheEnumsOfQueryParameters() {
		List<String> inline = new ArrayList<>();
		eachOperation(document(), (path, method, operation) -> operation.path("parameters").forEach((parameter) -> {
			if (parameter.path("schema").has("enum")) {
				inline.add(method + " " + path + " " + parameter.path("name").asString());
			}
		}));

		assertThat(inline).as("parameters with an inline enum").isEmpty();
	}

	@Test
	void describesTheServerRelatively() {
		assertThat(document().path("servers").toString())
			.isEqualTo("[{\"url\":\"/\",\"description\":\"The server that serves this document\"}]");
	}

	@Test
	void documentsMoneyAsTheServerReadsAndWritesIt() {
		JsonNode money = document().path("components").path("schemas").path("Money");
		Pattern pattern = Pattern.compile(money.path("pattern").asString());

		assertThat(money.path("type").asString()).isEqualTo("string");
		assertThat(pattern.matcher(money.path("example").asString()).matches()).as("the example").isTrue();
		for (String amount : new String[] { "0", "12", "12.5", "12.50", "9999999999.99" }) {
			assertThat(pattern.matcher(amount).matches()).as(amount).isTrue();
			assertThat(pattern.matcher(Money.of(amount).toString()).matches()).as("as sent: " + amount).isTrue();
		}
		for (String refused : new String[] { "-1.00", "12.505", "12.", "1e3", "12345678901" }) {
			assertThat(pattern.matcher(refused).matches()).as(refused).isFalse();
		}
	}

	@Test
	void servesRedocAndSwaggerUiFromTheApplicationItself() throws Exception {
		MvcTestResult redoc = this.mvc.get().uri("/docs/index.html").exchange();
		MvcTestResult swagger = this.mvc.get().uri("/docs/swagger/index.html").exchange();

		assertThat(redoc).hasStatusOk().contentType().isCompatibleWith(MediaType.TEXT_HTML);
		assertThat(redoc.getResponse().getContentAsString()).contains("/webjars/redoc/bundles/redoc.standalone.js")
			.doesNotContain("cdn");
		assertThat(swagger).hasStatusOk().contentType().isCompatibleWith(MediaType.TEXT_HTML);
		assertThat(swagger.getResponse().getContentAsString()).contains("/docs/swagger-ui/swagger-ui-bundle.js");
		assertThat(this.mvc.get().uri("/webjars/redoc/bundles/redoc.standalone.js")).hasStatusOk();
		assertThat(this.mvc.get().uri("/docs/swagger-ui/swagger-ui-bundle.js")).hasStatusOk();
		assertThat(this.mvc.get().uri("/docs/swagger/initializer.js")).hasStatusOk();
	}

	@Test
	void describesTheApiAtItsRoot() {
		MvcTestResult result = this.mvc.get().uri("/api/v1").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.documentation.openapi").isEqualTo("/schema/");
	}

	@Test
	void exposesHealthWithProbesToEveryone() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
	}

	@Test
	void keepsASingleComponentsHealthForAdmins() {
		MvcTestResult anonymous = this.mvc.get().uri("/actuator/health/db").exchange();

		ProblemResponsesIntegrationTests.assertProblem(anonymous, HttpStatus.UNAUTHORIZED, "authentication_required");
		assertThat(this.mvc.get().uri("/actuator/health/db").with(authentication(admin()))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void includesTheDatabaseInReadiness() {
		assertThat(this.mvc.get().uri("/actuator/health/readiness").with(authentication(admin()))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.components.db.status")
			.isEqualTo("UP");
	}

	@Test
	void keepsInfoAndMetricsForAdmins() {
		assertThat(this.mvc.get().uri("/actuator/info")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get().uri("/actuator/prometheus")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get().uri("/actuator/info").with(authentication(customer())))
			.hasStatus(HttpStatus.FORBIDDEN);

		assertThat(this.mvc.get().uri("/actuator/info").with(authentication(admin()))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.build.version")
			.isNotNull();
		assertThat(this.mvc.get().uri("/actuator/prometheus").with(authentication(admin()))).hasStatusOk();
	}

	@Test
	void sendsSecurityHeaders() {
		MvcTestResult result = this.mvc.get().uri("/api/v1").exchange();

		assertThat(result).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "no-referrer")
			.containsHeader("Content-Security-Policy");
	}

	private static TestingAuthenticationToken admin() {
		return user(Role.ADMIN);
	}

	private static TestingAuthenticationToken customer() {
		return user(Role.CUSTOMER);
	}

	private static TestingAuthenticationToken user(Role role) {
		return new TestingAuthenticationToken(new CurrentUser(UUID.randomUUID(), role, UUID.randomUUID()), null,
				role.authority());
	}

	private JsonNode document() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();
		try {
			return JSON.readTree(result.getResponse().getContentAsString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void eachOperation(JsonNode document, OperationVisitor visitor) {
		document.path("paths")
			.properties()
			.forEach((path) -> path.getValue()
				.properties()
				.forEach((method) -> visitor.visit(path.getKey(), method.getKey(), method.getValue())));
	}

	/**
	 * Visits every schema of the document: components, parameters, bodies and headers,
	 * and the schemas nested in them.
	 */
	private static void eachSchema(JsonNode document, BiConsumer<String, JsonNode> visitor) {
		document.path("components")
			.path("schemas")
			.properties()
			.forEach((entry) -> eachNested("#/components/schemas/" + entry.getKey(), entry.getValue(), visitor));
		eachOperation(document, (path, method, operation) -> {
			String where = method + " " + path;
			operation.path("parameters")
				.forEach((parameter) -> eachNested(where + " " + parameter.path("name").asString(),
						parameter.path("schema"), visitor));
			operation.path("requestBody")
				.path("content")
				.properties()
				.forEach((media) -> eachNested(where + " body", media.getValue().path("schema"), visitor));
			operation.path("responses").properties().forEach((response) -> {
				response.getValue()
					.path("content")
					.properties()
					.forEach((media) -> eachNested(where + " " + response.getKey(), media.getValue().path("schema"),
							visitor));
				response.getValue()
					.path("headers")
					.properties()
					.forEach((header) -> eachNested(where + " " + response.getKey() + " " + header.getKey(),
							header.getValue().path("schema"), visitor));
			});
		});
	}

	private static void eachNested(String where, JsonNode schema, BiConsumer<String, JsonNode> visitor) {
		if (!schema.isObject()) {
			return;
		}
		visitor.accept(where, schema);
		schema.path("properties")
			.properties()
			.forEach((property) -> eachNested(where + "." + property.getKey(), property.getValue(), visitor));
		eachNested(where + "[]", schema.path("items"), visitor);
		for (String composition : new String[] { "anyOf", "oneOf", "allOf" }) {
			schema.path(composition).forEach((member) -> eachNested(where + " " + composition, member, visitor));
		}
	}

	/**
	 * Returns the component schemas some response body reaches.
	 */
	private static Set<String> responseSchemaNames(JsonNode document) {
		Set<String> names = new HashSet<>();
		Deque<JsonNode> pending = new ArrayDeque<>();
		eachOperation(document, (path, method, operation) -> operation.path("responses")
			.forEach((response) -> response.path("content").forEach((media) -> pending.push(media.path("schema")))));
		while (!pending.isEmpty()) {
			JsonNode schema = pending.pop();
			String ref = schema.path("$ref").asString("");
			if (ref.startsWith("#/components/schemas/")) {
				String name = ref.substring("#/components/schemas/".length());
				if (names.add(name)) {
					pending.push(document.path("components").path("schemas").path(name));
				}
			}
			schema.path("properties").forEach(pending::push);
			if (schema.has("items")) {
				pending.push(schema.path("items"));
			}
			for (String composition : new String[] { "anyOf", "oneOf", "allOf" }) {
				schema.path(composition).forEach(pending::push);
			}
		}
		return names;
	}

	private static boolean admitsNull(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode each : type) {
				if ("null".equals(each.asString())) {
					return true;
				}
			}
		}
		for (JsonNode member : schema.path("anyOf")) {
			if (admitsNull(member)) {
				return true;
			}
		}
		return "null".equals(type.asString(""));
	}

	@FunctionalInterface
	private interface OperationVisitor {

		void visit(String path, String method, JsonNode operation);

	}

}
