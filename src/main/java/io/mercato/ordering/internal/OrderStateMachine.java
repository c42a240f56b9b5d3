package io.mercato.ordering.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.mercato.ordering.OrderActor;
import io.mercato.ordering.OrderEvent;
import io.mercato.ordering.OrderStatus;
import io.mercato.ordering.OrderingException;

import static io.mercato.ordering.OrderActor.ADMIN;
import static io.mercato.ordering.OrderActor.CUSTOMER;
import static io.mercato.ordering.OrderActor.SHOPKEEPER;
import static io.mercato.ordering.OrderActor.SYSTEM;
import static io.mercato.ordering.OrderEvent.CANCEL;
import static io.mercato.ordering.OrderEvent.COMPLETE;
import static io.mercato.ordering.OrderEvent.DELIVER;
import static io.mercato.ordering.OrderEvent.EXPIRE;
import static io.mercato.ordering.OrderEvent.LATE_PAYMENT;
import static io.mercato.ordering.OrderEvent.PAY;
import static io.mercato.ordering.OrderEvent.PAYMENT_FAILED;
import static io.mercato.ordering.OrderEvent.PAYMENT_SUCCEEDED;
import static io.mercato.ordering.OrderEvent.REFUND;
import static io.mercato.ordering.OrderEvent.SHIP;
import static io.mercato.ordering.OrderStatus.CANCELLED;
import static io.mercato.ordering.OrderStatus.COMPLETED;
import static io.mercato.ordering.OrderStatus.CONFIRMED;
import static io.mercato.ordering.OrderStatus.DELIVERED;
import static io.mercato.ordering.OrderStatus.FAILED;
import static io.mercato.ordering.OrderStatus.PENDING;
import static io.mercato.ordering.OrderStatus.PROCESSING;
import static io.mercato.ordering.OrderStatus.REFUNDED;
import static io.mercato.ordering.OrderStatus.SHIPPED;

/**
 * The order status machine of DESIGN.md §6 as one table: every allowed (status, event)
 * pair, the status it leads to, who may cause it and what else it does. Anything not in
 * the table is refused, so a new transition is one new row here and nowhere else.
 * Payment-driven events are {@link OrderActor#SYSTEM}'s: the payments module reports them
 * through the module API.
 */
final class OrderStateMachine {

	private static final Set<OrderActor> BUYER_SELLER_ADMIN = EnumSet.of(CUSTOMER, SHOPKEEPER, ADMIN);

	static final List<Transition> TABLE = List.of(
	// @formatter:off
			row(PENDING,    PAY,               PROCESSING, EnumSet.of(SYSTEM)),
			row(FAILED,     PAY,               PROCESSING, EnumSet.of(SYSTEM)),
			row(PROCESSING, PAYMENT_SUCCEEDED, CONFIRMED,  EnumSet.of(SYSTEM), Effect.COMMIT_STOCK, Effect.MARK_PAID),
			row(PROCESSING, PAYMENT_FAILED,    FAILED,     EnumSet.of(SYSTEM), Effect.MARK_PAYMENT_FAILED),
			row(PENDING,    CANCEL,            CANCELLED,  BUYER_SELLER_ADMIN, Effect.RELEASE_STOCK, Effect.RELEASE_PROMOTION),
			row(FAILED,     CANCEL,            CANCELLED,  BUYER_SELLER_ADMIN, Effect.RELEASE_STOCK, Effect.RELEASE_PROMOTION),
			// paid: the stock comes back as a return, and the payments module refunds on
			// OrderCancelled; the refunded customer had no discount, so the promotion's
			// use comes back as well
			row(CONFIRMED,  CANCEL,            CANCELLED,  BUYER_SELLER_ADMIN, Effect.RETURN_STOCK, Effect.RELEASE_PROMOTION),
			row(PENDING,    EXPIRE,            CANCELLED,  EnumSet.of(SYSTEM), Effect.RELEASE_STOCK, Effect.RELEASE_PROMOTION),
			row(FAILED,     EXPIRE,            CANCELLED,  EnumSet.of(SYSTEM), Effect.RELEASE_STOCK, Effect.RELEASE_PROMOTION),
			// the payments module reports money that came after the expiry job cancelled
			// the order; the service allows it only for an expired order whose stock is
			// all still available
			row(CANCELLED,  LATE_PAYMENT,      CONFIRMED,  EnumSet.of(SYSTEM), Effect.RESERVE_AND_COMMIT_STOCK, Effect.MARK_PAID),
			row(CONFIRMED,  SHIP,              SHIPPED,    EnumSet.of(SHOPKEEPER, ADMIN)),
			row(SHIPPED,    DELIVER,           DELIVERED,  EnumSet.of(ADMIN, SYSTEM)),
			row(DELIVERED,  COMPLETE,          COMPLETED,  EnumSet.of(ADMIN, SYSTEM)),
			row(CONFIRMED,  REFUND,            REFUNDED,   EnumSet.of(SYSTEM), Effect.MARK_REFUNDED),
			row(SHIPPED,    REFUND,            REFUNDED,   EnumSet.of(SYSTEM), Effect.MARK_REFUNDED),
			row(DELIVERED,  REFUND,            REFUNDED,   EnumSet.of(SYSTEM), Effect.MARK_REFUNDED),
			row(COMPLETED,  REFUND,            REFUNDED,   EnumSet.of(SYSTEM), Effect.MARK_REFUNDED));
	// @formatter:on

	private OrderStateMachine() {
	}

	/**
	 * Returns the transition an event takes from a status, if the table allows it.
	 */
	static Optional<Transition> find(OrderStatus from, OrderEvent event) {
		return TABLE.stream().filter((row) -> row.from() == from && row.event() == event).findFirst();
	}

	/**
	 * Returns the transition the actor's event takes from the status. Who comes before
	 * when: an actor who may cause the event from no status at all is refused whatever
	 * the order's status, so that a customer asking to deliver hears that they may not
	 * rather than that the order is not shipped yet.
	 * @throws OrderingException.TransitionNotAllowed when the actor may cause the event
	 * from no status, or not from this one
	 * @throws OrderingException.InvalidTransition when the actor may cause the event, but
	 * the table has no such transition from the status
	 */
	static Transition require(OrderStatus from, OrderEvent event, OrderActor actor) {
		if (TABLE.stream().noneMatch((row) -> row.event() == event && row.actors().contains(actor))) {
			throw new OrderingException.TransitionNotAllowed(event, actor);
		}
		Transition transition = find(from, event)
			.orElseThrow(() -> new OrderingException.InvalidTransition(from, event));
		if (!transition.actors().contains(actor)) {
			throw new OrderingException.TransitionNotAllowed(event, actor);
		}
		return transition;
	}

	private static Transition row(OrderStatus from, OrderEvent event, OrderStatus to, Set<OrderActor> actors,
			Effect... effects) {
		Set<Effect> all = EnumSet.noneOf(Effect.class);
		all.addAll(List.of(effects));
		return new Transition(from, event, to, Set.copyOf(actors), Set.copyOf(all));
	}

	/**
	 * One row of the table.
	 */
	record Transition(OrderStatus from, OrderEvent event, OrderStatus to, Set<OrderActor> actors, Set<Effect> effects) {

	}

	/**
	 * What a transition does besides changing the status, in the same transaction.
	 */
	enum Effect {

		/** The stock reservation becomes a sale. */
		COMMIT_STOCK,

		/**
		 * The released stock is reserved again and sold at once (a late payment of an
		 * expired order).
		 */
		RESERVE_AND_COMMIT_STOCK,

		/** The reserved stock goes back to the available units. */
		RELEASE_STOCK,

		/** The sold units come back as a return. */
		RETURN_STOCK,

		/** The promotion's use is given back. */
		RELEASE_PROMOTION,

		/** The payment status becomes {@code PAID}. */
		MARK_PAID,

		/** The payment status becomes {@code FAILED}. */
		MARK_PAYMENT_FAILED,

		/** The payment status becomes {@code REFUNDED}. */
		MARK_REFUNDED

	}

}
