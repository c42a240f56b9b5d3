package io.mercato.ordering;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.mercato.shared.domain.DomainException;
import io.mercato.shared.domain.Money;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.Problems;

/**
 * A request the ordering module refuses. The subclasses are the cases callers tell apart;
 * each names its kind of refusal and stable code in its constructor.
 */
public abstract class OrderingException extends DomainException {

	protected OrderingException(Refusal refusal, String code, String message) {
		super(refusal, code, message);
	}

	/**
	 * The event is not allowed in the order's status (409 {@code invalid_transition},
	 * naming the status).
	 */
	public static class InvalidTransition extends OrderingException {

		public InvalidTransition(OrderStatus current, OrderEvent event) {
			super(Refusal.CONFLICT, "invalid_transition", "An order that is %s cannot take %s.".formatted(current,
					event.name().toLowerCase().replace('_', ' ')));
		}

	}

	/**
	 * The caller may see the order but not cause this event (403
	 * {@code transition_not_allowed}).
	 */
	public static class TransitionNotAllowed extends OrderingException {

		public TransitionNotAllowed(OrderEvent event, OrderActor actor) {
			super(Refusal.FORBIDDEN, "transition_not_allowed", "A %s may not %s this order."
				.formatted(actor.name().toLowerCase(), event.name().toLowerCase().replace('_', ' ')));
		}

	}

	/**
	 * No such order, or not one the caller may see: another customer's, or a guest order
	 * without its token (404 {@code order_not_found}).
	 */
	public static class OrderNotFound extends OrderingException {

		public OrderNotFound() {
			super(Refusal.NOT_FOUND, "order_not_found", "There is no such order.");
		}

	}

	/**
	 * The order changed since the caller read it: its {@code If-Match} names an older
	 * version (412 {@code version_mismatch}).
	 */
	public static class VersionMismatch extends OrderingException {

		public VersionMismatch(long current) {
			super(Refusal.PRECONDITION_FAILED, "version_mismatch",
					"The order changed since you read it (it is at version %d now); read it again.".formatted(current));
		}

	}

	/**
	 * Products of the order are not for sale: withdrawn, deleted, or their shop out of
	 * standing (409 {@code product_unavailable}, naming each in {@code items}).
	 */
	public static class ProductUnavailable extends OrderingException {

		private final List<UUID> productIds;

		public ProductUnavailable(List<UUID> productIds) {
			super(Refusal.CONFLICT, "product_unavailable",
					(productIds.size() == 1) ? "A product of the order is not for sale at the moment."
							: "%d products of the order are not for sale at the moment.".formatted(productIds.size()));
			this.productIds = List.copyOf(productIds);
		}

		@Override
		public Map<String, Object> details() {
			return Map.of("items", this.productIds.stream().map((id) -> Map.of("product_id", id)).toList());
		}

	}

	/**
	 * A price differs from what the customer was shown: a line's unit price, or the
	 * subtotal (409 {@code price_changed}; {@code items} names each line whose price
	 * moved).
	 */
	public static class PriceChanged extends OrderingException {

		private final List<Map<String, Object>> items;

		public PriceChanged(List<ChangedPrice> prices) {
			super(Refusal.CONFLICT, "price_changed",
					"Prices changed since you last saw them; review the order and place it again.");
			this.items = prices.stream()
				.map((price) -> Map.<String, Object>of("product_id", price.productId(), "expected_price",
						price.expected().toString(), "current_price", price.current().toString()))
				.toList();
		}

		public PriceChanged(Money expectedSubtotal, Money subtotal) {
			super(Refusal.CONFLICT, "price_changed",
					"Prices changed since you last saw them: the subtotal is %s now, not %s.".formatted(subtotal,
							expectedSubtotal));
			this.items = List.of();
		}

		@Override
		public Map<String, Object> details() {
			return this.items.isEmpty() ? Map.of() : Map.of("items", this.items);
		}

		/**
		 * A line whose price moved.
		 *
		 * @param productId the product
		 * @param expected the price the customer expected
		 * @param current the price now
		 */
		public record ChangedPrice(UUID productId, Money expected, Money current) {

		}

	}

	/**
	 * A line of the order has shipped, so it can no longer be cancelled (409
	 * {@code already_shipped}).
	 */
	public static class AlreadyShipped extends OrderingException {

		public AlreadyShipped() {
			super(Refusal.CONFLICT, "already_shipped",
					"A line of this order has shipped already; it can no longer be cancelled.");
		}

	}

	/**
	 * The order is paid already (409 {@code already_paid}); nothing more is taken.
	 */
	public static class AlreadyPaid extends OrderingException {

		public AlreadyPaid() {
			super(Refusal.CONFLICT, "already_paid", "This order is paid already.");
		}

	}

	/**
	 * A payment of the order is being taken or waits to be received (409
	 * {@code payment_in_progress}); its outcome decides whether another may start.
	 */
	public static class PaymentInProgress extends OrderingException {

		public PaymentInProgress() {
			super(Refusal.CONFLICT, "payment_in_progress",
					"A payment of this order is under way; wait for its outcome before paying again.");
		}

	}

	/**
	 * No shipping method ships to the order's address (409 {@code shipping_unavailable}),
	 * the same code the shipping module answers for a method that does not ship there.
	 */
	public static class ShippingUnavailable extends OrderingException {

		public ShippingUnavailable(@Nullable String country) {
			super(Refusal.CONFLICT, "shipping_unavailable", "No shipping method ships to %s."
				.formatted((country != null) ? country : "an address without a country"));
		}

	}

	/** No such tax rate: unknown or deleted (404 {@code tax_rate_not_found}). */
	public static class TaxRateNotFound extends OrderingException {

		public TaxRateNotFound() {
			super(Refusal.NOT_FOUND, "tax_rate_not_found", "There is no such tax rate.");
		}

	}

	/**
	 * The country already has a rate for the region, or a country-wide one (409
	 * {@code tax_rate_exists}); change that rate instead.
	 */
	public static class TaxRateExists extends OrderingException {

		public TaxRateExists() {
			super(Refusal.CONFLICT, "tax_rate_exists",
					"There is a tax rate for this country and region already; change that one instead.");
		}

		@Override
		public Map<String, Object> details() {
			return Map.of(Problems.ERRORS, List.of(new InvalidField("region", "has a rate already in this country")));
		}

	}

}
