package io.mercato.shared.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The general API limit: every request under {@code /api/} counts against the budget of
 * the user whose access token it carries, or of its client address when it carries none.
 * It runs in the security filter chain after authentication, which names the user, and
 * before authorization, so that refused requests count too.
 * <p>
 * The client address is the socket's peer ({@code getRemoteAddr()}), which the servlet
 * container replaces by a forwarded one only when {@code server.forward-headers-strategy}
 * says a proxy is trusted: a client cannot pick its own address with a header.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

	private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	private final RateLimiter limiter;

	private final CurrentUserAccessor currentUser;

	private final HandlerExceptionResolver exceptionResolver;

	ApiRateLimitFilter(RateLimiter limiter, CurrentUserAccessor currentUser,
			HandlerExceptionResolver exceptionResolver) {
		this.limiter = limiter;
		this.currentUser = currentUser;
		this.exceptionResolver = exceptionResolver;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !API.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			this.limiter.checkApiRequest(this.currentUser.find().orElse(null), request.getRemoteAddr());
		}
		catch (RateLimitExceededException ex) {
			// rendered by the same advice as every other problem
			if (this.exceptionResolver.resolveException(request, response, null, ex) == null) {
				response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
