package io.mercato.catalog.web;

import io.mercato.catalog.CatalogException;
import io.mercato.shared.web.Problems;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The catalog's refusals as problems. Runs before the shared fallback.
 */
@Order(0)
@RestControllerAdvice(basePackageClasses = CatalogProblems.class)
class CatalogProblems {

	@ExceptionHandler(CatalogException.class)
	ProblemDetail refused(CatalogException ex) {
		return Problems.of(status(ex), ex.code(), ex.getMessage());
	}

	private static HttpStatus status(CatalogException ex) {
		if (ex instanceof CatalogException.CategoryInUse || ex instanceof CatalogException.SkuTaken) {
			return HttpStatus.CONFLICT;
		}
		if (ex instanceof CatalogException.ShopkeeperNotVerified) {
			return HttpStatus.FORBIDDEN;
		}
		return HttpStatus.NOT_FOUND;
	}

}
