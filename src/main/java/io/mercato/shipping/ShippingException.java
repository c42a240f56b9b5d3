package io.mercato.shipping;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.mercato.shared.domain.DomainException;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.Problems;

/**
 * A request the shipping module refuses. The subclasses are the cases callers tell apart;
 * each names its kind of refusal and stable code in its constructor.
 */
public abstract class ShippingException extends DomainException {

	protected ShippingException(Refusal refusal, String code, String message) {
		super(refusal, code, message);
	}

	/** No such shipping method: unknown or deleted (404 {@code method_not_found}). */
	public static class MethodNotFound extends ShippingException {

		public MethodNotFound() {
			super(Refusal.NOT_FOUND, "method_not_found", "There is no such shipping method.");
		}

	}

	/**
	 * Another method, perhaps a deleted one, has the code: a code names one method for
	 * good, since orders keep it (409 {@code method_code_taken}).
	 */
	public static class MethodCodeTaken extends ShippingException {

		public MethodCodeTaken() {
			super(Refusal.CONFLICT, "method_code_taken",
					"Another shipping method, perhaps a deleted one, has this code; choose another.");
		}

		@Override
		public Map<String, Object> details() {
			return Map.of(Problems.ERRORS, List.of(new InvalidField("code", "is taken")));
		}

	}

	/**
	 * No such address of the caller's: unknown, deleted, or another user's (404
	 * {@code address_not_found}).
	 */
	public static class AddressNotFound extends ShippingException {

		public AddressNotFound() {
			super(Refusal.NOT_FOUND, "address_not_found", "There is no such address.");
		}

	}

	/**
	 * A quote for a saved address needs the login of its owner (401
	 * {@code authentication_required}).
	 */
	public static class AuthenticationRequired extends ShippingException {

		public AuthenticationRequired() {
			super(Refusal.UNAUTHENTICATED, "authentication_required",
					"Log in to quote shipping to a saved address, or give a country instead.");
		}

	}

	/**
	 * Some items name products that are unknown, deleted or not for sale (400
	 * {@code product_unavailable}); the problem names each such item's {@code product_id}
	 * in {@code errors}.
	 */
	public static class ProductUnavailable extends ShippingException {

		private final List<InvalidField> errors;

		private final List<UUID> productIds;

		/**
		 * Creates the exception.
		 * @param errors one per item whose product is not for sale
		 * @param productIds those products, each once
		 */
		public ProductUnavailable(List<InvalidField> errors, List<UUID> productIds) {
			super(Refusal.INVALID, "product_unavailable",
					"Some products are unknown or not for sale: " + productIds.size() + " product(s).");
			this.errors = List.copyOf(errors);
			this.productIds = List.copyOf(productIds);
		}

		/**
		 * Returns the products that are not for sale.
		 * @return their ids, each once, in the order of the items
		 */
		public List<UUID> productIds() {
			return this.productIds;
		}

		@Override
		public Map<String, Object> details() {
			return Map.of(Problems.ERRORS, this.errors);
		}

	}

	/**
	 * The method cannot ship there: unknown, deleted or inactive, without a rate for the
	 * destination country, or at a cost beyond what an order can hold (409
	 * {@code shipping_unavailable}).
	 */
	public static class ShippingUnavailable extends ShippingException {

		public ShippingUnavailable(String methodCode, @Nullable String country) {
			super(Refusal.CONFLICT, "shipping_unavailable", "The shipping method %s does not ship to %s."
				.formatted(methodCode, (country != null) ? country : "an address without a country"));
		}

	}

}
