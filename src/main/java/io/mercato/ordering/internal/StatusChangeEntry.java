package io.mercato.ordering.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.mercato.ordering.OrderActor;
import io.mercato.ordering.OrderStatus;
import io.mercato.ordering.OrderStatusChange;
import io.mercato.shared.domain.AbstractEntity;

/**
 * One row of an order's history: a change of its status, who made it and why. Written
 * once, never changed.
 */
@Entity
@Table(schema = "ordering", name = "order_status_change")
class StatusChangeEntry extends AbstractEntity {

	@Column(name = "order_id", updatable = false)
	private UUID orderId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", updatable = false)
	private OrderStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", updatable = false)
	private OrderStatus toStatus;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private OrderActor actor;

	@Column(name = "actor_id", updatable = false)
	private UUID actorId;

	@Column(updatable = false)
	private String reason;

	protected StatusChangeEntry() {
	}

	StatusChangeEntry(UUID orderId, OrderStatus fromStatus, OrderStatus toStatus, OrderActor actor, UUID actorId,
			String reason) {
		this.orderId = orderId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.actor = actor;
		this.actorId = actorId;
		this.reason = reason;
	}

	OrderStatusChange toView() {
		return new OrderStatusChange(this.fromStatus, this.toStatus, this.actor, this.actorId, this.reason,
				getCreatedAt());
	}

}
