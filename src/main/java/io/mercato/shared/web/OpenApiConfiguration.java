package io.mercato.shared.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.providers.ObjectMapperProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * The OpenAPI document's frame: title, the bearer-token security scheme modules refer to,
 * the {@code Problem} schema, and the error responses every operation can give (429 with
 * {@code Retry-After} included), so that clients (and the contract tests) know the shape
 * of each error.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OpenApiConfiguration {

	/** Name of the security scheme operations that need a login refer to. */
	static final String BEARER_SCHEME = "bearerAuth";

	private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

	private static final String PROBLEM_REF = "#/components/schemas/Problem";

	@Bean
	OpenAPI mercatoOpenApi(ObjectProvider<BuildProperties> buildProperties) {
		BuildProperties build = buildProperties.getIfAvailable();
		return new OpenAPI()
			.info(new Info().title("Mercato API")
				.version((build != null) ? build.getVersion() : "unknown")
				.description("Multi-vendor e-commerce: catalog, carts, orders and payments. JSON in snake_case, "
						+ "money as decimal strings, timestamps in ISO-8601 UTC, every error an RFC 9457 problem."))
			.components(new Components().addSecuritySchemes(BEARER_SCHEME,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
	}

	/**
	 * Names schema properties as the application's JSON mapper does (snake_case);
	 * springdoc introspects types with its own mapper, which knows nothing of Spring's.
	 */
	@Bean
	ModelResolver snakeCaseModelResolver(ObjectMapperProvider objectMapperProvider) {
		return new ModelResolver(objectMapperProvider.jsonMapper()
			.copy()
			.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
	}

	@Bean
	OpenApiCustomizer problemResponsesCustomizer() {
		return (openApi) -> {
			// added here rather than on the OpenAPI bean: springdoc drops schemas no
			// operation refers to
			// before customizers run
			openApi.getComponents()
				.addSchemas("InvalidField", invalidFieldSchema())
				.addSchemas("Problem", problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((route, path) -> path.readOperations().forEach((operation) -> {
				addProblemResponses(operation);
				if (route.startsWith(ApiPaths.V1)) {
					addTooManyRequests(operation.getResponses());
				}
			}));
		};
	}

	private void addProblemResponses(Operation operation) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		ApiResponses responses = operation.getResponses();
		addIfAbsent(responses, "400", "The request is invalid: malformed JSON, an unknown property or invalid fields.");
		if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
			addIfAbsent(responses, "401", "No valid access token was sent.");
			addIfAbsent(responses, "403", "The caller's role does not allow this request.");
		}
		if (operation.getRequestBody() != null) {
			addIfAbsent(responses, "415", "The body is not application/json.");
		}
		addIfAbsent(responses, "500", "An unexpected error; quote the request_id when reporting it.");
		addIfAbsent(responses, "default", "Any other error, as a problem.");
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
						.schema(new Schema<>().type("integer").format("int64").minimum(BigDecimal.ONE)));
		}
	}

	private static void addIfAbsent(ApiResponses responses, String status, String description) {
		if (responses.containsKey(status)) {
			return;
		}
		responses.addApiResponse(status,
				new ApiResponse().description(description)
					.content(new Content().addMediaType(PROBLEM_MEDIA_TYPE,
							new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)))));
	}

	private static Schema<?> problemSchema() {
		return new Schema<>().type("object")
			.description("An RFC 9457 problem. `code` is stable and meant for programs; `detail` for people.")
			.required(List.of("type", "title", "status", "code", "request_id"))
			.properties(Map.of("type",
					new Schema<>().type("string").format("uri").example("urn:mercato:problem:validation_failed"),
					"title", new Schema<>().type("string").example("Bad Request"), "status",
					new Schema<>().type("integer").format("int32").example(400), "detail",
					new Schema<>().type("string"), "instance",
					new Schema<>().type("string").format("uri-reference").example("/api/v1/orders"), "code",
					new Schema<>().type("string").example("validation_failed"), "request_id",
					new Schema<>().type("string"), "errors",
					new Schema<>().type("array").items(new Schema<>().$ref("#/components/schemas/InvalidField"))));
	}

	private static Schema<?> invalidFieldSchema() {
		return new Schema<>().type("object")
			.required(List.of("field", "message"))
			.properties(Map.of("field", new Schema<>().type("string").example("items[0].quantity"), "message",
					new Schema<>().type("string").example("must be greater than 0")));
	}

}
