package io.mercato.shared.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The entry point of the API: what it is, which version runs and where its documentation
 * is.
 */
@Tag(name = "API")
@RestController
class ApiIndexController {

	private final String version;

	ApiIndexController(ObjectProvider<BuildProperties> buildProperties) {
		BuildProperties build = buildProperties.getIfAvailable();
		this.version = (build != null) ? build.getVersion() : "unknown";
	}

	@Operation(summary = "Describe the API",
			description = "Public. Names the running version and links the documentation.")
	@GetMapping(ApiPaths.V1)
	ApiIndex describeApi() {
		return new ApiIndex("Mercato", this.version,
				new ApiIndex.Documentation("/schema/", "/docs/swagger/", "/docs/"));
	}

	/**
	 * @param name the API's name
	 * @param version the running build's version
	 * @param documentation where to read about it
	 */
	record ApiIndex(String name, String version, Documentation documentation) {

		/**
		 * @param openapi the OpenAPI 3.1 document
		 * @param swaggerUi the interactive Swagger UI
		 * @param redoc the ReDoc reference
		 */
		record Documentation(String openapi, String swaggerUi, String redoc) {

		}

	}

}
