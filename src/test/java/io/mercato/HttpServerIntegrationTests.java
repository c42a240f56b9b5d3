package io.mercato;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real server shows: forwards to the documentation, the container's own
 * errors, Tomcat's parsing of the query string and the request id across an error
 * dispatch. Everything else is tested through MockMvc.
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

	@ParameterizedTest
	@ValueSource(strings = { "search=%", "page_size=%zz", "cursor=%%%garbage", "search=%E2%82" })
	void answersMalformedPercentEncodingInTheQueryWith400Problem(String query) throws IOException {
		RawResponse response = send("GET /api/v1/products?" + query + " HTTP/1.1");

		assertProblem(response, 400, "malformed_query");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/promotions?search=%", "/api/v1/shipping/methods?page=%zz",
			"/api/v1/addresses?type=%E2%82", "/api/v1/cart?x=%%00", "/api/v1/promotions?active=%G0",
			"/api/v1/orders?search=%zz", "/api/v1/orders?created_after=%E2%82" })
	void answersMalformedPercentEncodingInTheQueryOfEveryModuleWith400Problem(String target) throws IOException {
		RawResponse response = send("GET " + target + " HTTP/1.1");

		assertProblem(response, 400, "malformed_query");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/products/%2e%2e%2fx", "/api/v1/products/%00", "/api/v1/products/%5c",
			"/api/v1/products/%ff", "/api/v1/pro ducts", "/api/v1/addresses/%00", "/api/v1/promotions/%00",
			"/api/v1/shipping/methods/%00", "/api/v1/cart/items/%00", "/api/v1/orders/%00" })
	void answersPathsTheContainerRefusesWith400Problem(String path) throws IOException {
		RawResponse response = send("GET " + path + " HTTP/1.1");

		assertProblem(response, 400, "malformed_request");
	}

	@Test
	void answersAnOverLongRequestLineWith400Problem() throws IOException {
		RawResponse response = send("GET /api/v1/products?search=" + "a".repeat(20_000) + " HTTP/1.1");

		assertProblem(response, 400, "malformed_request");
	}

	@Test
	void refusesABodyOverTheLimitSentWithoutALengthBeforeReadingItAll() throws Exception {
		HttpResponse<String> response = this.http.send(webhook(new byte[3 * 1024 * 1024]),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"code\":\"payload_too_large\"");
	}

	@Test
	void passesABodySentWithoutALengthUnderTheLimitOnToItsHandler() throws Exception {
		HttpResponse<String> response = this.http.send(webhook("{\"id\": \"evt_1\"}".getBytes(StandardCharsets.UTF_8)),
				HttpResponse.BodyHandlers.ofString());

		// read and handed on whole: the webhook got to checking its signature
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"code\":\"invalid_signature\"");
	}

	/**
	 * A webhook post whose body is streamed, so that it goes chunked, without a length.
	 */
	private HttpRequest webhook(byte[] body) {
		return HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/payments/webhooks/simulated"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
	}

	@Test
	void answersConnectWith501Problem() throws IOException {
		RawResponse response = send("CONNECT localhost:" + this.port + " HTTP/1.1");

		assertProblem(response, 501, "not_implemented");
	}

	@Test
	void keepsTheCallersRequestIdOnAContainerError() throws IOException {
		RawResponse response = send("GET /api/v1/products/%00 HTTP/1.1", "X-Request-Id: trace-container-1");

		assertThat(response.headers()).containsEntry("x-request-id", "trace-container-1");
		assertThat(response.body()).contains("\"request_id\":\"trace-container-1\"");
	}

	private static void assertProblem(RawResponse response, int status, String code) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(MediaType.parseMediaType(response.headers().get("content-type")).removeQualityValue())
			.matches((type) -> type.equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON));
		String requestId = response.headers().get("x-request-id");
		assertThat(requestId).isNotBlank();
		assertThat(response.body()).contains("\"status\":" + status)
			.contains("\"code\":\"" + code + "\"")
			.contains("\"type\":\"urn:mercato:problem:" + code + "\"")
			.contains("\"request_id\":\"" + requestId + "\"")
			.doesNotContain("<html", "Exception", "Tomcat");
	}

	/**
	 * Sends a request as written, which {@link HttpClient} refuses to do for a malformed
	 * URI, and reads the whole answer; the server closes the connection after it.
	 */
	private RawResponse send(String requestLine, String... headers) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			request.append("Connection: close\r\n\r\n");
			socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int end = answer.indexOf("\r\n\r\n");
			String[] head = answer.substring(0, end).split("\r\n");
			Map<String, String> responseHeaders = new HashMap<>();
			for (int i = 1; i < head.length; i++) {
				int colon = head[i].indexOf(':');
				responseHeaders.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						head[i].substring(colon + 1).trim());
			}
			String body = answer.substring(end + 4);
			if ("chunked".equalsIgnoreCase(responseHeaders.get("transfer-encoding"))) {
				body = unchunk(body);
			}
			return new RawResponse(Integer.parseInt(head[0].split(" ")[1]), responseHeaders, body);
		}
	}

	private static String unchunk(String chunked) {
		StringBuilder body = new StringBuilder();
		int position = 0;
		while (true) {
			int lineEnd = chunked.indexOf("\r\n", position);
			int size = Integer.parseInt(chunked.substring(position, lineEnd).trim(), 16);
			if (size == 0) {
				return body.toString();
			}
			body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
			position = lineEnd + 2 + size + 2;
		}
	}

	private record RawResponse(int status, Map<String, String> headers, String body) {

	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
