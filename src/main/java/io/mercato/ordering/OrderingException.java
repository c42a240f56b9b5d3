package io.mercato.ordering;

import io.mercato.shared.domain.DomainException;

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

}
