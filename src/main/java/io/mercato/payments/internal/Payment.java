package io.mercato.payments.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import io.mercato.ordering.PayableOrder;
import io.mercato.ordering.PaymentMethod;
import io.mercato.payments.PaymentFailed;
import io.mercato.payments.PaymentStatus;
import io.mercato.payments.PaymentView;
import io.mercato.payments.RefundIssued;
import io.mercato.shared.domain.AbstractAggregateRoot;
import io.mercato.shared.domain.Money;

/**
 * One attempt to take an order's money, and what was given back of it. Its status moves
 * only forward: {@code PENDING}/{@code PROCESSING} to {@code COMPLETED} or
 * {@code FAILED}, {@code FAILED} to {@code COMPLETED} when the gateway took the money
 * after all, and {@code COMPLETED} to {@code REFUNDED} once refunds reach the amount. The
 * refunds are part of it, so that the rule that they never add up to more than was taken
 * is checked where they are added, under the payment's row lock (and by the database's
 * CHECK).
 */
@Entity
@Table(schema = "payments", name = "payment")
class Payment extends AbstractAggregateRoot {

	/** The gateway name of cash and bank transfers. */
	static final String OFFLINE = "offline";

	@Column(name = "order_id", updatable = false)
	private UUID orderId;

	@Column(name = "order_number", updatable = false)
	private String orderNumber;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private PaymentMethod method;

	@Enumerated(EnumType.STRING)
	private PaymentStatus status;

	@Column(updatable = false)
	private Money amount;

	@Column(name = "refunded_amount")
	private Money refundedAmount;

	@Column(updatable = false)
	private String currency;

	@Column(updatable = false)
	private String gateway;

	@Column(name = "transaction_id")
	private String transactionId;

	// the gateway's answer as JSON text, kept in the jsonb column as it is
	@Column(name = "gateway_response")
	@JdbcTypeCode(SqlTypes.JSON)
	private String gatewayResponse;

	@Column(name = "failure_code")
	private String failureCode;

	@Column(name = "failure_message")
	private String failureMessage;

	private int attempts;

	@Column(name = "paid_at")
	private Instant paidAt;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "payment_id", insertable = false, updatable = false)
	@OrderBy("createdAt, id")
	@OptimisticLock(excluded = true)
	private List<Refund> refunds = new ArrayList<>();

	protected Payment() {
	}

	private Payment(PayableOrder order, String gateway, PaymentStatus status) {
		this.orderId = order.orderId();
		this.orderNumber = order.orderNumber();
		this.method = order.paymentMethod();
		this.amount = order.total();
		this.refundedAmount = Money.ZERO;
		this.currency = order.currency();
		this.gateway = gateway;
		this.status = status;
		this.attempts = 1;
	}

	/**
	 * Who hears of the payment's events: the order's customer and shopkeepers.
	 *
	 * @param userId the registered customer, or {@code null} for a guest
	 * @param customerEmail where the customer's messages go
	 * @param shopkeeperIds who sells the order's lines
	 */
	record Recipients(@Nullable UUID userId, String customerEmail, java.util.Set<UUID> shopkeeperIds) {

		static Recipients of(PayableOrder order) {
			return new Recipients(order.userId(), order.customerEmail(), order.shopkeeperIds());
		}

	}

	/** An attempt handed to a gateway, whose answer is awaited. */
	static Payment processing(PayableOrder order, String gateway) {
		return new Payment(order, gateway, PaymentStatus.PROCESSING);
	}

	/** The gateway name of an order that costs nothing. */
	static final String NONE = "none";

	/** An order that costs nothing, paid at once without a gateway. */
	static Payment free(PayableOrder order, Instant at) {
		Payment payment = new Payment(order, NONE, PaymentStatus.PROCESSING);
		payment.complete(null, null, at);
		return payment;
	}

	/** A cash or bank-transfer payment, waiting to be received. */
	static Payment offline(PayableOrder order) {
		return new Payment(order, OFFLINE, PaymentStatus.PENDING);
	}

	/**
	 * The gateway took the money.
	 * @param transactionId the gateway's id of the charge
	 * @param response what the gateway answered, as JSON
	 */
	void complete(@Nullable String transactionId, @Nullable String response, Instant at) {
		// a charge written off as failed may turn out to have taken the money after all
		if (this.status != PaymentStatus.FAILED) {
			requireUnresolved("complete");
		}
		this.status = PaymentStatus.COMPLETED;
		this.failureCode = null;
		this.failureMessage = null;
		this.transactionId = (transactionId != null) ? transactionId : this.transactionId;
		this.gatewayResponse = (response != null) ? response : this.gatewayResponse;
		this.paidAt = at;
	}

	/**
	 * The gateway refused or failed; nothing was taken.
	 */
	void fail(String code, String message, @Nullable String transactionId, @Nullable String response,
			Recipients recipients) {
		requireUnresolved("fail");
		this.status = PaymentStatus.FAILED;
		this.failureCode = (code.length() > 64) ? code.substring(0, 64) : code;
		this.failureMessage = (message.length() > 500) ? message.substring(0, 500) : message;
		this.transactionId = (transactionId != null) ? transactionId : this.transactionId;
		this.gatewayResponse = (response != null) ? response : this.gatewayResponse;
		registerEvent(new PaymentFailed(getId(), this.orderId, this.orderNumber, recipients.userId(),
				recipients.customerEmail(), this.failureCode, this.failureMessage));
	}

	/** The gateway took the request but has not said what became of it. */
	void awaitOutcome(@Nullable String transactionId, @Nullable String response) {
		requireUnresolved("wait for");
		this.transactionId = (transactionId != null) ? transactionId : this.transactionId;
		this.gatewayResponse = (response != null) ? response : this.gatewayResponse;
	}

	/** The reconciliation job asked the gateway once more. */
	void countAttempt() {
		this.attempts++;
	}

	/**
	 * Gives part or all of the money back.
	 * @return the refund, to be written with the payment
	 * @throws IllegalStateException when the payment took nothing, or the refund would
	 * exceed what is left; callers check {@link #refundable()} first
	 */
	Refund refund(UUID refundId, Money value, String reason, @Nullable String gatewayReference, RefundActor actor,
			@Nullable UUID actorId, @Nullable UUID shopkeeperId, boolean restock, Recipients recipients) {
		if (this.status != PaymentStatus.COMPLETED) {
			throw new IllegalStateException("A refund of a " + this.status + " payment");
		}
		if (!value.isPositive() || value.compareTo(refundable()) > 0) {
			throw new IllegalStateException("A refund of " + value + " when " + refundable() + " is left");
		}
		Refund refund = new Refund(refundId, this, value, reason, gatewayReference, actor, actorId, shopkeeperId,
				restock);
		this.refunds.add(refund);
		this.refundedAmount = this.refundedAmount.plus(value);
		if (this.refundedAmount.equals(this.amount)) {
			this.status = PaymentStatus.REFUNDED;
		}
		registerEvent(new RefundIssued(refundId, getId(), this.orderId, this.orderNumber, recipients.userId(),
				recipients.customerEmail(), recipients.shopkeeperIds(), value, this.currency,
				this.status == PaymentStatus.REFUNDED, reason, actor == RefundActor.SYSTEM));
		return refund;
	}

	/** The refund of that id, when it was recorded. */
	Optional<Refund> findRefund(UUID refundId) {
		return this.refunds.stream().filter((refund) -> refund.getId().equals(refundId)).findFirst();
	}

	/** Whether a refund with the gateway's reference is recorded already. */
	boolean hasRefund(String gatewayReference) {
		return this.refunds.stream().anyMatch((refund) -> gatewayReference.equals(refund.getGatewayReference()));
	}

	/** What is left to give back of what was taken. */
	Money refundable() {
		return (this.status == PaymentStatus.COMPLETED) ? this.amount.minus(this.refundedAmount) : Money.ZERO;
	}

	/** What the shopkeeper refunded of this payment so far. */
	Money refundedBy(UUID shopkeeperId) {
		return this.refunds.stream()
			.filter((refund) -> shopkeeperId.equals(refund.getShopkeeperId()))
			.map(Refund::getAmount)
			.reduce(Money.ZERO, Money::plus);
	}

	boolean isUnresolved() {
		return this.status == PaymentStatus.PENDING || this.status == PaymentStatus.PROCESSING;
	}

	boolean isOffline() {
		return OFFLINE.equals(this.gateway);
	}

	private void requireUnresolved(String step) {
		if (!isUnresolved()) {
			throw new IllegalStateException("Cannot " + step + " a " + this.status + " payment");
		}
	}

	UUID getOrderId() {
		return this.orderId;
	}

	String getOrderNumber() {
		return this.orderNumber;
	}

	PaymentStatus getStatus() {
		return this.status;
	}

	PaymentMethod getMethod() {
		return this.method;
	}

	Money getAmount() {
		return this.amount;
	}

	String getCurrency() {
		return this.currency;
	}

	String getGateway() {
		return this.gateway;
	}

	@Nullable String getTransactionId() {
		return this.transactionId;
	}

	@Nullable String getFailureCode() {
		return this.failureCode;
	}

	@Nullable String getFailureMessage() {
		return this.failureMessage;
	}

	PaymentView toView() {
		return new PaymentView(getId(), this.orderId, this.orderNumber, this.method, this.status, this.amount,
				this.refundedAmount, this.currency, this.gateway, this.transactionId, this.failureCode,
				this.failureMessage, this.attempts, this.paidAt, getCreatedAt(),
				this.refunds.stream().map(Refund::toView).toList());
	}

}
