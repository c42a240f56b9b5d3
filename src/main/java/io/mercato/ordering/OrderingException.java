package io.mercato.ordering;

import java.util.List;
import java.util.Map;

import io.mercato.shared.domain.DomainException;
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
