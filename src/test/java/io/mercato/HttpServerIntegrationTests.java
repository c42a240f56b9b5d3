package io.mercato;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real server shows: forwards to the documentation, the container's error
 * page and the request id across an error dispatch. Everything else is tested through
 * MockMvc.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpServerIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void servesTheOpenApiDocumentAtSchema() throws Exception {
		HttpResponse<String> response = get("/schema/");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("{\"openapi\":\"3.1");
	}

	@Test
	void servesRedocAndSwaggerUiPages() throws Exception {
		assertThat(get("/docs/").statusCode()).isEqualTo(200);
		assertThat(get("/docs/").body()).contains("<redoc");
		assertThat(get("/docs/swagger/").statusCode()).isEqualTo(200);
		assertThat(get("/docs/swagger/").body()).contains("swagger-ui");
	}

	@Test
	void answersUnknownApiRouteWithProblem() throws Exception {
		HttpResponse<String> response = get("/api/v1/nope");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"code\":\"not_found\"")
			.contains("\"request_id\":\"" + response.headers().firstValue("X-Request-Id").orElseThrow() + "\"");
	}

	@Test
	void answersRequestsTheFirewallRejectsWithProblemAndTheSameRequestId() throws Exception {
		HttpResponse<String> response = get("/api/v1/%2e%2e/actuator/info");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":400")
			.contains("\"request_id\":\"" + response.headers().firstValue("X-Request-Id").orElseThrow() + "\"")
			.doesNotContain("Exception");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
