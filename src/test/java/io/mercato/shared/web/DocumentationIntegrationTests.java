package io.mercato.shared.web;

import java.util.UUID;

import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.testing.MercatoApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

@MercatoApiTest
class DocumentationIntegrationTests {

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

}
