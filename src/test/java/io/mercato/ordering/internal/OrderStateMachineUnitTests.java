package io.mercato.ordering.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.mercato.ordering.OrderActor;
import io.mercato.ordering.OrderEvent;
import io.mercato.ordering.OrderStatus;
import io.mercato.ordering.OrderingException;
import io.mercato.ordering.internal.OrderStateMachine.Effect;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Walks every status with every event and every actor: exactly the transitions of
 * DESIGN.md §6, written out here a second time and independently, are allowed.
 */
class OrderStateMachineUnitTests {

	/** "from event to" for every allowed transition, with who may cause it. */
	private static final Map<String, Set<OrderActor>> DESIGNED = Map.ofEntries(
			Map.entry("PENDING PAY PROCESSING", Set.of(OrderActor.SYSTEM)),
			Map.entry("FAILED PAY PROCESSING", Set.of(OrderActor.SYSTEM)),
			Map.entry("PROCESSING PAYMENT_SUCCEEDED CONFIRMED", Set.of(OrderActor.SYSTEM)),
			Map.entry("PROCESSING PAYMENT_FAILED FAILED", Set.of(OrderActor.SYSTEM)),
			Map.entry("PENDING CANCEL CANCELLED", Set.of(OrderActor.CUSTOMER, OrderActor.SHOPKEEPER, OrderActor.ADMIN)),
			Map.entry("FAILED CANCEL CANCELLED", Set.of(OrderActor.CUSTOMER, OrderActor.SHOPKEEPER, OrderActor.ADMIN)),
			Map.entry("CONFIRMED CANCEL CANCELLED",
					Set.of(OrderActor.CUSTOMER, OrderActor.SHOPKEEPER, OrderActor.ADMIN)),
			Map.entry("PENDING EXPIRE CANCELLED", Set.of(OrderActor.SYSTEM)),
			Map.entry("FAILED EXPIRE CANCELLED", Set.of(OrderActor.SYSTEM)),
			Map.entry("CONFIRMED SHIP SHIPPED", Set.of(OrderActor.SHOPKEEPER, OrderActor.ADMIN)),
			Map.entry("SHIPPED DELIVER DELIVERED", Set.of(OrderActor.ADMIN, OrderActor.SYSTEM)),
			Map.entry("DELIVERED COMPLETE COMPLETED", Set.of(OrderActor.ADMIN, OrderActor.SYSTEM)),
			Map.entry("CONFIRMED REFUND REFUNDED", Set.of(OrderActor.SYSTEM)),
			Map.entry("SHIPPED REFUND REFUNDED", Set.of(OrderActor.SYSTEM)),
			Map.entry("DELIVERED REFUND REFUNDED", Set.of(OrderActor.SYSTEM)),
			Map.entry("COMPLETED REFUND REFUNDED", Set.of(OrderActor.SYSTEM)),
			Map.entry("CANCELLED LATE_PAYMENT CONFIRMED", Set.of(OrderActor.SYSTEM)));

	@Test
	void allowsExactlyTheDesignedTransitionsToExactlyTheirActors() {
		Set<String> allowed = new HashSet<>();
		for (OrderStatus from : OrderStatus.values()) {
			for (OrderEvent event : OrderEvent.values()) {
				for (OrderActor actor : OrderActor.values()) {
					String pair = from + " " + event;
					Set<OrderActor> designedActors = DESIGNED.entrySet()
						.stream()
						.filter((entry) -> entry.getKey().startsWith(pair + " "))
						.map(Map.Entry::getValue)
						.findFirst()
						.orElse(null);
					if (!mayEver(event, actor)) {
						assertThatExceptionOfType(OrderingException.TransitionNotAllowed.class)
							.as(pair + " by " + actor + ", who may never")
							.isThrownBy(() -> OrderStateMachine.require(from, event, actor));
					}
					else if (designedActors == null) {
						assertThatExceptionOfType(OrderingException.InvalidTransition.class).as(pair + " by " + actor)
							.isThrownBy(() -> OrderStateMachine.require(from, event, actor))
							.withMessageContaining(from.name());
					}
					else if (!designedActors.contains(actor)) {
						assertThatExceptionOfType(OrderingException.TransitionNotAllowed.class)
							.as(pair + " by " + actor)
							.isThrownBy(() -> OrderStateMachine.require(from, event, actor));
					}
					else {
						OrderStateMachine.Transition transition = OrderStateMachine.require(from, event, actor);
						allowed.add(from + " " + event + " " + transition.to());
					}
				}
			}
		}
		assertThat(allowed).isEqualTo(DESIGNED.keySet());
	}

	@Test
	void anActorWhoMayNeverCauseAnEventIsRefusedBeforeTheStatusIsLookedAt() {
		assertThatExceptionOfType(OrderingException.TransitionNotAllowed.class).isThrownBy(
				() -> OrderStateMachine.require(OrderStatus.CONFIRMED, OrderEvent.DELIVER, OrderActor.CUSTOMER));
		assertThatExceptionOfType(OrderingException.InvalidTransition.class)
			.isThrownBy(() -> OrderStateMachine.require(OrderStatus.CONFIRMED, OrderEvent.DELIVER, OrderActor.ADMIN))
			.withMessage("An order that is CONFIRMED cannot take deliver.");
	}

	/** Whether the designed table lets the actor cause the event from some status. */
	private static boolean mayEver(OrderEvent event, OrderActor actor) {
		return DESIGNED.entrySet()
			.stream()
			.anyMatch((entry) -> entry.getKey().split(" ")[1].equals(event.name()) && entry.getValue().contains(actor));
	}

	@Test
	void finalStatusesLeadNowhereButARefundOfACompletedOrderAndALatePaymentOfACancelledOne() {
		for (OrderEvent event : OrderEvent.values()) {
			assertThat(OrderStateMachine.find(OrderStatus.REFUNDED, event)).as("REFUNDED " + event).isEmpty();
		}
		assertThat(OrderStateMachine.TABLE).filteredOn((row) -> row.from() == OrderStatus.CANCELLED)
			.extracting(OrderStateMachine.Transition::event)
			.containsExactly(OrderEvent.LATE_PAYMENT);
		assertThat(OrderStateMachine.TABLE).filteredOn((row) -> row.from() == OrderStatus.COMPLETED)
			.extracting(OrderStateMachine.Transition::event)
			.containsExactly(OrderEvent.REFUND);
	}

	@Test
	void stockAndPromotionFollowTheMoney() {
		// an unpaid order gives back its reservation and its promotion use; a paid one
		// takes its units back as a return and, refunded, gives back its promotion use
		// too
		for (OrderStatus unpaid : Set.of(OrderStatus.PENDING, OrderStatus.FAILED)) {
			for (OrderEvent end : Set.of(OrderEvent.CANCEL, OrderEvent.EXPIRE)) {
				assertThat(OrderStateMachine.find(unpaid, end).orElseThrow().effects())
					.containsExactlyInAnyOrder(Effect.RELEASE_STOCK, Effect.RELEASE_PROMOTION);
			}
		}
		assertThat(OrderStateMachine.find(OrderStatus.CONFIRMED, OrderEvent.CANCEL).orElseThrow().effects())
			.containsExactlyInAnyOrder(Effect.RETURN_STOCK, Effect.RELEASE_PROMOTION);
		assertThat(OrderStateMachine.find(OrderStatus.PROCESSING, OrderEvent.PAYMENT_SUCCEEDED).orElseThrow().effects())
			.containsExactlyInAnyOrder(Effect.COMMIT_STOCK, Effect.MARK_PAID);
		assertThat(OrderStateMachine.TABLE).filteredOn((row) -> row.event() == OrderEvent.REFUND)
			.allSatisfy((row) -> assertThat(row.effects()).containsExactly(Effect.MARK_REFUNDED));
	}

}
