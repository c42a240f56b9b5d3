package io.mercato.payments.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import io.mercato.payments.RefundView;
import io.mercato.shared.domain.AbstractEntity;
import io.mercato.shared.domain.Money;

/**
 * Money given back of a payment; part of the {@link Payment}, written with it before the
 * gateway is asked, and changed only to note the gateway's id of it.
 */
@Entity
@Table(schema = "payments", name = "refund")
class Refund extends AbstractEntity {

	/** A refund the gateway made. */
	static final String COMPLETED = "COMPLETED";

	/** A refund of a cash or bank-transfer payment, which the shop pays back itself. */
	static final String MANUAL = "MANUAL";

	@Column(name = "payment_id", updatable = false)
	private UUID paymentId;

	@Column(name = "order_id", updatable = false)
	private UUID orderId;

	@Column(updatable = false)
	private Money amount;

	@Column(updatable = false)
	private String currency;

	@Column(updatable = false)
	private String reason;

	@Column(updatable = false)
	private String status;

	@Column(name = "gateway_reference")
	private String gatewayReference;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private RefundActor actor;

	@Column(name = "actor_id", updatable = false)
	private UUID actorId;

	@Column(name = "shopkeeper_id", updatable = false)
	private UUID shopkeeperId;

	@Column(updatable = false)
	private boolean restock;

	protected Refund() {
	}

	Refund(UUID id, Payment payment, Money amount, String reason, @Nullable String gatewayReference, RefundActor actor,
			@Nullable UUID actorId, @Nullable UUID shopkeeperId, boolean restock) {
		super(id);
		this.paymentId = payment.getId();
		this.orderId = payment.getOrderId();
		this.amount = amount;
		this.currency = payment.getCurrency();
		this.reason = reason;
		this.status = payment.isOffline() ? MANUAL : COMPLETED;
		this.gatewayReference = gatewayReference;
		this.actor = actor;
		this.actorId = actorId;
		this.shopkeeperId = shopkeeperId;
		this.restock = restock;
	}

	/** The gateway gave the money back, under its own id of the refund. */
	void paidOut(String gatewayReference) {
		if (this.gatewayReference != null) {
			throw new IllegalStateException("Refund " + getId() + " was paid out already");
		}
		this.gatewayReference = gatewayReference;
	}

	Money getAmount() {
		return this.amount;
	}

	@Nullable String getGatewayReference() {
		return this.gatewayReference;
	}

	@Nullable UUID getShopkeeperId() {
		return this.shopkeeperId;
	}

	RefundView toView() {
		return new RefundView(getId(), this.paymentId, this.orderId, this.amount, this.currency, this.reason,
				this.status, this.gatewayReference, this.actor.name(), this.actorId, this.restock, getCreatedAt());
	}

}
