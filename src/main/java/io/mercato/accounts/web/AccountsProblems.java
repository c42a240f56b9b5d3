package io.mercato.accounts.web;

import java.util.List;

import io.mercato.accounts.AccountsException;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.Problems;

import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The accounts module's refusals as problems. Runs before the shared fallback.
 */
@Order(0)
@RestControllerAdvice(basePackageClasses = AccountsProblems.class)
class AccountsProblems {

	@ExceptionHandler(AccountsException.class)
	ProblemDetail refused(AccountsException ex) {
		if (ex instanceof AccountsException.InvalidOneTimeToken) {
			return Problems.invalid(ex.code(), ex.getMessage(),
					List.of(new InvalidField("token", "is invalid, expired or already used")));
		}
		return Problems.of(status(ex), ex.code(), ex.getMessage());
	}

	/**
	 * Two sign-ups with one address at the same moment: the unique index refuses the
	 * second.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail uniqueness(DataIntegrityViolationException ex) {
		String cause = String.valueOf(ex.getMostSpecificCause().getMessage());
		if (cause.contains("app_user_email_key")) {
			return refused(new AccountsException.EmailTaken());
		}
		if (cause.contains("app_user_phone_key")) {
			return refused(new AccountsException.PhoneTaken());
		}
		throw ex;
	}

	private static HttpStatus status(AccountsException ex) {
		if (ex instanceof AccountsException.EmailTaken || ex instanceof AccountsException.PhoneTaken
				|| ex instanceof AccountsException.NotAShopkeeper
				|| ex instanceof AccountsException.CannotDeactivateSelf
				|| ex instanceof AccountsException.LastActiveAdmin) {
			return HttpStatus.CONFLICT;
		}
		if (ex instanceof AccountsException.InvalidCredentials || ex instanceof AccountsException.InvalidRefreshToken) {
			return HttpStatus.UNAUTHORIZED;
		}
		if (ex instanceof AccountsException.AccountInactive || ex instanceof AccountsException.EmailNotVerified) {
			return HttpStatus.FORBIDDEN;
		}
		if (ex instanceof AccountsException.UserNotFound || ex instanceof AccountsException.SessionNotFound) {
			return HttpStatus.NOT_FOUND;
		}
		return HttpStatus.BAD_REQUEST;
	}

}
