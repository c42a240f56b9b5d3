package io.mercato.shared.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mercato.shared.domain.Money;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.providers.ObjectMapperProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

/**
 * The OpenAPI document's frame: title, a relative server, the bearer-token security
 * scheme modules refer to, the {@code Problem} schema, and the error responses every
 * operation can give (404 on every path with a variable, 429 with {@code Retry-After}),
 * every error answered with a {@code Problem}, so that clients (and the contract tests)
 * know the shape of each error. Handlers declare only the errors particular to them
 * ({@code @ApiResponse(responseCode = "409", description = "sku_taken: …")}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OpenApiConfiguration {

	/** Name of the security scheme operations that need a login refer to. */
	static final String BEARER_SCHEME = "bearerAuth";

	private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

	private static final String PROBLEM_REF = Components.COMPONENTS_SCHEMAS_REF + "Problem";

	private static final String INVALID_FIELD_REF = Components.COMPONENTS_SCHEMAS_REF + "InvalidField";

	@Bean
	OpenAPI mercatoOpenApi(ObjectProvider<BuildProperties> buildProperties) {
		BuildProperties build = buildProperties.getIfAvailable();
		return new OpenAPI()
			.info(new Info().title("Mercato API")
				.version((build != null) ? build.getVersion() : "unknown")
				.description("Multi-vendor e-commerce: catalog, carts, orders and payments. JSON in snake_case, "
						+ "money as decimal strings, timestamps in ISO-8601 UTC, every error an RFC 9457 problem."))
			// relative: the document describes the server that serves it, whatever its
			// host or the proxy in front of it
			.servers(List.of(new Server().url("/").description("The server that serves this document")))
			.components(new Components().addSecuritySchemes(BEARER_SCHEME,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
	}

	/**
	 * Describes types as the application's JSON mapper writes them (snake_case, nullable
	 * record components, named enums and money); springdoc introspects types with its own
	 * mapper, which knows nothing of Spring's.
	 */
	@Bean
	ApiModelResolver apiModelResolver(ObjectMapperProvider objectMapperProvider) {
		return new ApiModelResolver(objectMapperProvider.jsonMapper());
	}

	@Bean
	ResponseSchemaCustomizer responseSchemaCustomizer() {
		return new ResponseSchemaCustomizer();
	}

	@Bean
	OpenApiCustomizer problemResponsesCustomizer() {
		return (openApi) -> {
			// added here rather than on the OpenAPI bean: springdoc drops schemas no
			// operation refers to before customizers run
			openApi.getComponents()
				.addSchemas("InvalidField", invalidFieldSchema())
				.addSchemas("Problem", problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((route, path) -> path.readOperations().forEach((operation) -> {
				addProblemResponses(route, operation);
				if (route.startsWith(ApiPaths.V1)) {
					addTooManyRequests(operation.getResponses());
				}
				answerErrorsWithProblems(operation.getResponses());
			}));
		};
	}

	/**
	 * Lets a request that a token changes the answer of be sent with or without one:
	 * operations whose handler reads the caller ({@code @AuthenticationPrincipal}) but
	 * declare no security requirement get {@code [{}, {bearerAuth: []}]}.
	 */
	@Bean
	OperationCustomizer optionalAuthenticationCustomizer() {
		return (operation, handlerMethod) -> {
			boolean readsCaller = Arrays.stream(handlerMethod.getMethodParameters())
				.anyMatch((parameter) -> parameter.hasParameterAnnotation(AuthenticationPrincipal.class));
			if (readsCaller && (operation.getSecurity() == null || operation.getSecurity().isEmpty())) {
				operation
					.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BEARER_SCHEME)));
			}
			return operation;
		};
	}

	/**
	 * Documents what {@link Idempotent} handlers add: the optional
	 * {@code Idempotency-Key} header, 400 {@code invalid_idempotency_key}, 409
	 * {@code idempotency_key_in_progress}, 422 {@code idempotency_key_reused} (joined to
	 * the descriptions of the handler's own 400, 409 and 422 when it declares them) and
	 * {@code Idempotent-Replayed} on a success.
	 */
	@Bean
	OperationCustomizer idempotencyKeyCustomizer() {
		return (operation, handlerMethod) -> {
			if (!handlerMethod.hasMethodAnnotation(Idempotent.class)) {
				return operation;
			}
			operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.KEY_HEADER)
				.required(false)
				.description("Makes the request safe to send again: the same request with the same key within "
						+ "24 hours (mercato.idempotency.ttl) is answered with the first success, unchanged, "
						+ "without doing it twice. Keys are the caller's own (the user, or the client address "
						+ "without a login); use a new random key, such as a UUID, for each new request.")
				.schema(string().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$")));
			if (operation.getResponses() == null) {
				operation.setResponses(new ApiResponses());
			}
			ApiResponses responses = operation.getResponses();
			responses.forEach((status, response) -> {
				if (status.startsWith("2")) {
					response.addHeaderObject(IdempotencyFilter.REPLAYED_HEADER,
							new Header()
								.description("true when this is the stored answer to an earlier request "
										+ "with the same Idempotency-Key")
								.schema(new JsonSchema().typesItem("string")._enum(List.<Object>of("true"))));
				}
			});
			addOrJoin(responses, "400",
					"The request is invalid: malformed JSON, an unknown property or invalid fields.",
					"invalid_idempotency_key: the Idempotency-Key is not 1 to 255 visible ASCII characters.");
			addOrJoin(responses, "409", null,
					"idempotency_key_in_progress: a request with this Idempotency-Key is still running; retry "
							+ "after the seconds Retry-After names.");
			responses.get("409")
				.addHeaderObject(HttpHeaders.RETRY_AFTER,
						new Header().description("idempotency_key_in_progress: whole seconds to wait before retrying")
							.schema(new JsonSchema().typesItem("integer").format("int64").minimum(BigDecimal.ONE)));
			addOrJoin(responses, "422", null,
					"idempotency_key_reused: the Idempotency-Key was used for a different request (method, path "
							+ "or body).");
			return operation;
		};
	}

	/**
	 * Adds a response, or joins its description to that of the response the handler
	 * declares for the status; {@code general} opens a response the handler leaves out.
	 */
	private static void addOrJoin(ApiResponses responses, String status, String general, String description) {
		ApiResponse response = responses.get(status);
		if (response == null) {
			responses.addApiResponse(status,
					new ApiResponse().description((general != null) ? general + " Or " + description : description)
						.content(problemContent()));
			return;
		}
		response.setDescription(response.getDescription() + " Or " + description);
	}

	private void addProblemResponses(String route, Operation operation) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		ApiResponses responses = operation.getResponses();
		addIfAbsent(responses, "400", "The request is invalid: malformed JSON, an unknown property or invalid fields.");
		List<SecurityRequirement> security = operation.getSecurity();
		if (security != null && !security.isEmpty()) {
			addIfAbsent(responses, "401", "invalid_token or authentication_required: no valid access token was sent.");
			// an operation anyone may call refuses a bad token but never a role
			if (security.stream().noneMatch(SecurityRequirement::isEmpty)) {
				addIfAbsent(responses, "403", "The caller's role does not allow this request.");
			}
		}
		if (route.contains("{")) {
			addIfAbsent(responses, "404",
					"The resource the path names does not exist, or the caller may not see it; the code names it "
							+ "(such as product_not_found).");
		}
		if (operation.getRequestBody() != null) {
			addIfAbsent(responses, "413", "payload_too_large: the body is larger than 1 MiB.");
			addIfAbsent(responses, "415", "The body is not application/json.");
		}
		addIfAbsent(responses, "500", "An unexpected error; quote the request_id when reporting it.");
		addIfAbsent(responses, "default", "Any other error, as a problem.");
	}

	/**
	 * Every error is a problem: error responses declared on a handler with a description
	 * alone (or with the handler's own return type, which springdoc assumes) get the
	 * {@code Problem} body.
	 */
	private static void answerErrorsWithProblems(ApiResponses responses) {
		responses.forEach((status, response) -> {
			if (status.startsWith("4") || status.startsWith("5") || "default".equals(status)) {
				response.setContent(problemContent());
			}
		});
	}

	/**
	 * Every API request counts against the general rate limit, so every API operation can
	 * answer 429; login and registration have tighter limits of their own.
	 */
	private static void addTooManyRequests(ApiResponses responses) {
		addIfAbsent(responses, "429",
				"too_many_requests: a rate limit is used up; retry after the seconds Retry-After names.");
		ApiResponse tooManyRequests = responses.get("429");
		if (tooManyRequests.getHeaders() == null
				|| !tooManyRequests.getHeaders().containsKey(HttpHeaders.RETRY_AFTER)) {
			tooManyRequests.addHeaderObject(HttpHeaders.RETRY_AFTER,
					new Header().description("Whole seconds to wait before the limit lets a request through")
						.required(true)
						.schema(new JsonSchema().typesItem("integer").format("int64").minimum(BigDecimal.ONE)));
		}
	}

	private static void addIfAbsent(ApiResponses responses, String status, String description) {
		if (responses.containsKey(status)) {
			return;
		}
		responses.addApiResponse(status, new ApiResponse().description(description).content(problemContent()));
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM_MEDIA_TYPE,
				new MediaType().schema(new JsonSchema().$ref(PROBLEM_REF)));
	}

	// JsonSchema rather than Schema: in an OpenAPI 3.1 document a plain Schema's type is
	// not written
	private static Schema<?> problemSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type",
				string().format("uri")
					.description("urn:mercato:problem: and the code")
					.example("urn:mercato:problem:validation_failed"));
		properties.put("title", string().description("The HTTP status's reason phrase").example("Bad Request"));
		properties.put("status", new JsonSchema().typesItem("integer").format("int32").example(400));
		properties.put("detail", string().description("What happened in this occurrence, for people"));
		properties.put("instance",
				string().format("uri-reference")
					.description("The path the request addressed")
					.example("/api/v1/orders"));
		properties.put("code",
				string().description("The stable name of the problem, for programs")
					.pattern("^[a-z0-9_]+$")
					.example("validation_failed"));
		properties.put("request_id",
				string().description("The request's id, also in the X-Request-Id header and the server's log"));
		properties.put("errors",
				new JsonSchema().typesItem("array")
					.description("The rejected fields, for validation_failed and similar problems")
					.items(new JsonSchema().$ref(INVALID_FIELD_REF)));
		properties.put("items", new JsonSchema().typesItem("array")
			.description("insufficient_stock: each short line, with the units asked for and those available; "
					+ "price_changed: each line whose price moved, with the price expected and the current one; "
					+ "product_unavailable: each product not for sale")
			.items(shortLineSchema()));
		properties.put("reason",
				string()
					.description("promotion_not_applicable: why, such as expired, usage_limit_reached or "
							+ "minimum_subtotal_not_met")
					.pattern("^[a-z0-9_]+$"));
		properties.put("max_quantity",
				new JsonSchema().typesItem("integer")
					.format("int32")
					.description("quantity_limit_exceeded: the most a line may hold"));
		properties.put("refundable", string().pattern(Money.PATTERN)
			.description("refund_exceeds_payment: the most the caller may still refund of the order"));
		return new JsonSchema().typesItem("object")
			.description("An RFC 9457 problem. `code` is stable and meant for programs; `detail` for people. "
					+ "Some problems carry further members (RFC 9457 §3.2), named below with the codes that use them.")
			.required(List.of("type", "title", "status", "code", "request_id"))
			.properties(properties);
	}

	private static Schema<?> shortLineSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("product_id", string().format("uuid"));
		properties.put("requested", new JsonSchema().typesItem("integer").format("int32"));
		properties.put("available", new JsonSchema().typesItem("integer").format("int32"));
		properties.put("expected_price", string().pattern(Money.PATTERN));
		properties.put("current_price", string().pattern(Money.PATTERN));
		return new JsonSchema().typesItem("object").required(List.of("product_id")).properties(properties);
	}

	private static Schema<?> invalidFieldSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("field", string().description("The JSON path of the field, or the parameter's name")
			.example("items[0].quantity"));
		properties.put("message", string().description("What is wrong, for people").example("must be greater than 0"));
		return new JsonSchema().typesItem("object").required(List.of("field", "message")).properties(properties);
	}

	private static Schema<?> string() {
		return new JsonSchema().typesItem("string");
	}

}
