package io.mercato.testing;

import java.util.ArrayList;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcResponse;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Checks every API response a MockMvc test sees against the application's own OpenAPI
 * document: status, content type and body must be documented, types and {@code null}s
 * included, so the documentation cannot drift from the code. Requests are not checked,
 * since tests send invalid ones on purpose; paths the document does not describe (an
 * unknown route, the docs themselves) are skipped.
 */
final class OpenApiContract implements ResultMatcher {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final WebApplicationContext context;

	private OpenApiInteractionValidator validator;

	OpenApiContract(WebApplicationContext context) {
		this.context = context;
	}

	@Override
	public void match(MvcResult result) throws Exception {
		String path = result.getRequest().getRequestURI();
		if (!path.startsWith("/api/")) {
			return;
		}
		Request.Method method = Request.Method.valueOf(result.getRequest().getMethod());
		ValidationReport report = validator().validateResponse(path, method, MockMvcResponse.of(result.getResponse()));
		if (report.hasErrors()) {
			throw new AssertionError("The response of " + method + " " + path + " contradicts the OpenAPI document:\n"
					+ SimpleValidationReportFormat.getInstance().apply(report) + "\nBody: "
					+ result.getResponse().getContentAsString());
		}
	}

	private synchronized OpenApiInteractionValidator validator() throws Exception {
		if (this.validator == null) {
			// a plain MockMvc: fetching the document must not run this check on itself
			MockMvc plain = MockMvcBuilders.webAppContextSetup(this.context).build();
			String document = plain.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
			this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(asOpenApi30(document))
				.withLevelResolver(LevelResolver.create()
					.withLevel("validation.request", ValidationReport.Level.IGNORE)
					.withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
					.build())
				.build();
		}
		return this.validator;
	}

	/**
	 * Returns the document as OpenAPI 3.0, which the validator reads in full: given 3.1,
	 * it drops every {@code type} and so checks no type and no {@code null}. A type list
	 * such as {@code ["string", "null"]} becomes {@code type: string, nullable: true};
	 * {@code anyOf} a reference and {@code {type: null}} is understood as it stands.
	 */
	static String asOpenApi30(String document) {
		ObjectNode root = (ObjectNode) JSON.readTree(document);
		root.put("openapi", "3.0.3");
		downgrade(root);
		return JSON.writeValueAsString(root);
	}

	private static void downgrade(JsonNode node) {
		if (node instanceof ObjectNode object && object.get("type") instanceof ArrayNode types) {
			List<String> named = new ArrayList<>();
			types.forEach((type) -> named.add(type.asString()));
			boolean nullable = named.remove("null");
			if (named.isEmpty() && nullable) {
				object.put("type", "null");
				return;
			}
			if (named.size() != 1) {
				throw new IllegalStateException("No OpenAPI 3.0 form for the types " + named + " in " + object);
			}
			object.put("type", named.get(0));
			if (nullable) {
				object.put("nullable", true);
			}
		}
		node.forEach(OpenApiContract::downgrade);
	}

}
