package io.mercato.shared.web;

/**
 * Path prefixes of the HTTP API.
 */
public final class ApiPaths {

	/** Every endpoint of version 1 lives under this prefix. */
	public static final String V1 = "/api/v1";

	private ApiPaths() {
	}

}
