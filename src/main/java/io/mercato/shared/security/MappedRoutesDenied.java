package io.mercato.shared.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.UnsatisfiedServletRequestParameterException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The final rule: a request that a controller would handle is denied (no module opened
 * it), while a request no controller would handle passes on: an unknown path answers 404
 * and not 401, and a path mapped for other methods or media types 405, 415 or 406 with
 * its {@code Allow} or accepted types, as the controllers' own routing answers it, rather
 * than 401 or 403. Passing such a request on runs no handler, since none matches it.
 */
class MappedRoutesDenied implements AuthorizationManager<RequestAuthorizationContext> {

	private final ObjectProvider<RequestMappingHandlerMapping> handlerMapping;

	MappedRoutesDenied(ObjectProvider<RequestMappingHandlerMapping> handlerMapping) {
		this.handlerMapping = handlerMapping;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(!isMapped(context.getRequest()));
	}

	private boolean isMapped(HttpServletRequest request) {
		try {
			return this.handlerMapping.getObject().getHandler(request) != null;
		}
		catch (HttpRequestMethodNotSupportedException | HttpMediaTypeException
				| UnsatisfiedServletRequestParameterException ex) {
			// the path is mapped, but for other methods, media types or parameters: no
			// handler runs, and the dispatcher answers 405, 415 or 406 (400) itself
			return false;
		}
		catch (Exception ex) {
			return true;
		}
	}

}
