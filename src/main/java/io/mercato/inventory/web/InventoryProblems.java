package io.mercato.inventory.web;

import io.mercato.catalog.CatalogException;
import io.mercato.inventory.InventoryException;
import io.mercato.shared.web.Problems;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The inventory's refusals as problems. Runs before the shared fallback.
 */
@Order(0)
@RestControllerAdvice(basePackageClasses = InventoryProblems.class)
class InventoryProblems {

	@ExceptionHandler(InventoryException.class)
	ProblemDetail refused(InventoryException ex) {
		return Problems.of(HttpStatus.CONFLICT, ex.code(), ex.getMessage());
	}

	@ExceptionHandler(CatalogException.ShopkeeperNotVerified.class)
	ProblemDetail shopkeeperNotVerified(CatalogException.ShopkeeperNotVerified ex) {
		return Problems.of(HttpStatus.FORBIDDEN, ex.code(), ex.getMessage());
	}

	@ExceptionHandler(CatalogException.ProductNotFound.class)
	ProblemDetail productNotFound(CatalogException.ProductNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, ex.code(), ex.getMessage());
	}

}
