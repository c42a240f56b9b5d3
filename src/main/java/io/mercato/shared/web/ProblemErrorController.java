package io.mercato.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Answers the errors that never reach a controller (a failure in a filter, a request the
 * container or the firewall rejects) with a problem instead of Spring Boot's error page.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer value) ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		ProblemDetail problem;
		if (status >= 500) {
			if (exception instanceof Throwable throwable) {
				ApiExceptionHandler.logUnexpected(
						request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
						throwable);
			}
			problem = ApiExceptionHandler.internalError();
		}
		else if (status == HttpStatus.NOT_FOUND.value()) {
			problem = ApiExceptionHandler.notFound(request.getMethod(),
					String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
		}
		else if (status == HttpStatus.UNAUTHORIZED.value()) {
			problem = ApiExceptionHandler.unauthorized();
		}
		else {
			HttpStatus known = HttpStatus.resolve(status);
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
					(known != null) ? "The request was rejected: " + known.getReasonPhrase().toLowerCase() + "."
							: "The request was rejected.");
		}
		return ResponseEntity.status(status).body(problem);
	}

}
