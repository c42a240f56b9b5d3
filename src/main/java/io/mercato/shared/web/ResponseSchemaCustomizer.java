package io.mercato.shared.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Requires, in every schema a response uses (directly or nested), the properties the
 * server always sends, as {@link ApiModelResolver} found them; schemas only requests use
 * keep what Bean Validation requires. Then removes the resolver's working notes from the
 * document.
 */
class ResponseSchemaCustomizer implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
			return;
		}
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		Set<String> sent = responseSchemas(openApi, schemas);
		schemas.forEach((name, schema) -> {
			if (schema.getExtensions() == null) {
				return;
			}
			Object alwaysSent = schema.getExtensions().remove(ApiModelResolver.ALWAYS_SENT);
			if (schema.getExtensions().isEmpty()) {
				schema.setExtensions(null);
			}
			if (sent.contains(name) && alwaysSent instanceof List<?> properties) {
				schema.setRequired(properties.isEmpty() ? null : properties.stream().map(String::valueOf).toList());
			}
		});
	}

	/**
	 * Returns the names of the component schemas some response body reaches.
	 */
	private static Set<String> responseSchemas(OpenAPI openApi, Map<String, Schema> schemas) {
		Deque<Schema<?>> pending = new ArrayDeque<>();
		if (openApi.getPaths() != null) {
			openApi.getPaths()
				.values()
				.forEach((path) -> path.readOperations()
					.stream()
					.filter((operation) -> operation.getResponses() != null)
					.flatMap((operation) -> operation.getResponses().values().stream())
					.map(ApiResponse::getContent)
					.forEach((content) -> addSchemas(content, pending)));
		}
		Set<String> reached = new HashSet<>();
		while (!pending.isEmpty()) {
			Schema<?> schema = pending.pop();
			String ref = schema.get$ref();
			if (ref != null && ref.startsWith(Components.COMPONENTS_SCHEMAS_REF)) {
				String name = ref.substring(Components.COMPONENTS_SCHEMAS_REF.length());
				if (reached.add(name) && schemas.containsKey(name)) {
					pending.push(schemas.get(name));
				}
			}
			if (schema.getProperties() != null) {
				schema.getProperties().values().forEach(pending::push);
			}
			if (schema.getItems() != null) {
				pending.push(schema.getItems());
			}
			addAll(schema.getAllOf(), pending);
			addAll(schema.getAnyOf(), pending);
			addAll(schema.getOneOf(), pending);
			if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
				pending.push(additional);
			}
		}
		return reached;
	}

	private static void addSchemas(Content content, Deque<Schema<?>> pending) {
		if (content != null) {
			content.values()
				.stream()
				.filter((mediaType) -> mediaType.getSchema() != null)
				.forEach((mediaType) -> pending.push(mediaType.getSchema()));
		}
	}

	private static void addAll(List<Schema> schemas, Deque<Schema<?>> pending) {
		if (schemas != null) {
			schemas.forEach(pending::push);
		}
	}

}
