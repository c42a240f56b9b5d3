package io.mercato.shared.web;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes the errors Tomcat answers by itself, before any filter or servlet runs (a path
 * with an encoded {@code /}, {@code \}, NUL or invalid UTF-8, an unparsable or over-long
 * request line, {@code CONNECT}), as the same RFC 9457 problems the application answers,
 * with a request id in the body and in {@code X-Request-Id}, in place of Tomcat's HTML
 * page. Errors the application has already answered are left as they are.
 */
class ProblemReportValve extends ErrorReportValve {

	private final JsonMapper json;

	ProblemReportValve(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// the same guards as Tomcat's own report: an error, not yet answered by anyone
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		String requestId = RequestIds.of(request);
		if (requestId == null) {
			requestId = RequestIds.acceptOrGenerate(request.getHeader(RequestIds.HEADER));
		}
		ProblemDetail problem = problem(status, request.getMethod());
		try {
			response.setHeader(RequestIds.HEADER, requestId);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(this.json.writeValueAsString(members(problem, instance(request), requestId)));
				response.finishResponse();
			}
		}
		catch (Exception ex) {
			// the connection is broken or the response already gone: nothing left to
			// tell the client
			container.getLogger().debug("Could not write the problem for status " + status, ex);
		}
	}

	private static ProblemDetail problem(int status, String method) {
		HttpStatus known = HttpStatus.resolve(status);
		String code = Problems.defaultCode(status);
		if (status == HttpStatus.BAD_REQUEST.value()) {
			return Problems.of(HttpStatus.BAD_REQUEST, "malformed_request",
					"The request cannot be read: its path has an encoded '/', '\\', NUL or invalid UTF-8, "
							+ "or its request line or headers are malformed or too long.");
		}
		if (status == HttpStatus.NOT_IMPLEMENTED.value()) {
			return Problems.of(HttpStatus.NOT_IMPLEMENTED, code,
					"The method " + ((method != null) ? method + " " : "") + "is not supported by this server.");
		}
		return Problems.of(HttpStatusCode.valueOf(status), code,
				(known != null) ? "The request was rejected: " + known.getReasonPhrase().toLowerCase() + "."
						: "The request was rejected.");
	}

	/**
	 * The path the request addressed, when it is a valid URI reference; a path Tomcat
	 * refused often is not.
	 */
	private static String instance(Request request) {
		String path = request.getRequestURI();
		if (path == null) {
			return null;
		}
		try {
			return URI.create(path).toString();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Map<String, Object> members(ProblemDetail problem, String instance, String requestId) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", problem.getType().toString());
		members.put("title", problem.getTitle());
		members.put("status", problem.getStatus());
		members.put("detail", problem.getDetail());
		if (instance != null) {
			members.put("instance", instance);
		}
		if (problem.getProperties() != null) {
			members.putAll(problem.getProperties());
		}
		members.put(Problems.REQUEST_ID, requestId);
		return members;
	}

}
