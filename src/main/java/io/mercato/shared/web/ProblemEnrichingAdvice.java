package io.mercato.shared.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Completes every problem the application answers, whichever advice built it: a
 * {@code code} and {@code type} derived from the status when none was set, the
 * {@code instance} the request addressed and the {@code request_id}.
 */
@RestControllerAdvice
class ProblemEnrichingAdvice implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servletRequest) {
			enrich(problem, servletRequest.getServletRequest());
		}
		return body;
	}

	static void enrich(ProblemDetail problem, HttpServletRequest request) {
		Object code = (problem.getProperties() != null) ? problem.getProperties().get(Problems.CODE) : null;
		if (code == null) {
			code = Problems.defaultCode(problem.getStatus());
			problem.setProperty(Problems.CODE, code);
		}
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			problem.setType(URI.create(Problems.TYPE_PREFIX + code));
		}
		if (problem.getInstance() == null) {
			Object originalUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			String path = (originalUri != null) ? originalUri.toString() : request.getRequestURI();
			try {
				problem.setInstance(URI.create(path));
			}
			catch (IllegalArgumentException ex) {
				// a path the container let through but that is no URI reference: leave
				// instance out
			}
		}
		problem.setProperty(Problems.REQUEST_ID, RequestIds.of(request));
	}

}
