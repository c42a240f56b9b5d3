package io.mercato.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running application as a client sees it over HTTP: each method is one request of
 * the purchase flow, answering the status and the parsed body, never throwing for a 4xx
 * or a 5xx, which the load generator counts as failures.
 */
final class Shop {

	static final String PASSWORD = "bench-password-of-every-generated-user";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern STATEMENTS = Pattern.compile("^mercato_db_statements_total(?:\\{[^}]*\\})?\\s+(\\S+)$",
			Pattern.MULTILINE);

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	Shop(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	String login(String email) throws IOException, InterruptedException {
		Answer answer = post("/api/v1/auth/login", null, null,
				"{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, PASSWORD));
		if (answer.status() != 200) {
			throw new IllegalStateException(
					"Login of %s answered %d: %s".formatted(email, answer.status(), answer.body()));
		}
		return answer.json().get("access").asString();
	}

	Answer addToCart(String token, UUID productId) throws IOException, InterruptedException {
		return post("/api/v1/cart/items", token, null,
				"{\"product_id\": \"%s\", \"quantity\": 1}".formatted(productId));
	}

	Answer checkout(String token, UUID addressId) throws IOException, InterruptedException {
		return post("/api/v1/checkout", token, null,
				"{\"shipping_address_id\": \"%s\", \"payment_method\": \"CREDIT_CARD\"}".formatted(addressId));
	}

	Answer orderAsGuest(int guest, List<UUID> products) throws IOException, InterruptedException {
		StringBuilder items = new StringBuilder();
		for (UUID product : products) {
			items.append(items.isEmpty() ? "" : ", ")
				.append("{\"product_id\": \"%s\", \"quantity\": 1}".formatted(product));
		}
		return post("/api/v1/orders", null, null, """
				{"customer_email": "guest%d@guests.mercato.test", "customer_name": "Guest %d",
				 "shipping_address": {"full_name": "Guest %d", "line1": "Oudegracht %d", "city": "Utrecht",
				                      "postal_code": "3511 LK", "country": "NL"},
				 "payment_method": "CREDIT_CARD", "items": [%s]}""".formatted(guest, guest, guest, 1 + guest % 200,
				items));
	}

	/**
	 * Pays with the simulated gateway's approving token, as the order's customer
	 * ({@code token}) or as its guest ({@code orderToken}).
	 */
	Answer pay(String token, String orderToken, String orderId) throws IOException, InterruptedException {
		return post("/api/v1/orders/" + orderId + "/process-payment", token, orderToken,
				"{\"payment_token\": \"tok_approve\"}");
	}

	Answer restock(String token, UUID productId, int units) throws IOException, InterruptedException {
		return post("/api/v1/products/" + productId + "/inventory/restock", token, null,
				"{\"quantity\": %d}".formatted(units));
	}

	Answer emptyCart(String token) throws IOException, InterruptedException {
		return send(request("/api/v1/cart", token, null).DELETE().build());
	}

	Answer get(String pathAndQuery) throws IOException, InterruptedException {
		return send(request(pathAndQuery, null, null).GET().build());
	}

	/**
	 * The application's count of statements sent to the database so far, read with an
	 * admin's token.
	 */
	long statements(String adminToken) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				request("/actuator/prometheus", adminToken, null).setHeader("Accept", "text/plain").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher matcher = STATEMENTS.matcher(response.body());
		if (!matcher.find()) {
			throw new IllegalStateException("/actuator/prometheus has no mercato_db_statements_total");
		}
		return (long) Double.parseDouble(matcher.group(1));
	}

	private Answer post(String path, String token, String orderToken, String json)
			throws IOException, InterruptedException {
		return send(request(path, token, orderToken).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	private HttpRequest.Builder request(String path, String token, String orderToken) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (orderToken != null) {
			request.header("X-Order-Token", orderToken);
		}
		return request;
	}

	private Answer send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body());
	}

	/**
	 * A response: its status and body.
	 */
	record Answer(int status, String body) {

		boolean succeeded() {
			return this.status >= 200 && this.status < 300;
		}

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		String text(String field) {
			return json().get(field).asString();
		}

	}

}
