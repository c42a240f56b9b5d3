package io.mercato.shared.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The final rule: a request that a controller would handle is denied (no module opened
 * it), while a request no controller maps passes on, so that an unknown path answers 404
 * and not 401.
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
		catch (Exception ex) {
			// the path is mapped, only its method or media type differs
			return true;
		}
	}

}
