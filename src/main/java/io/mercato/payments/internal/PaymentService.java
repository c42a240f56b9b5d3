package io.mercato.payments.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import io.mercato.ordering.OrderActor;
import io.mercato.ordering.OrderCaller;
import io.mercato.ordering.OrderManagement;
import io.mercato.ordering.OrderView;
import io.mercato.ordering.PayableOrder;
import io.mercato.ordering.PaymentAcceptance;
import io.mercato.ordering.RefundRights;
import io.mercato.payments.PaymentDesk;
import io.mercato.payments.PaymentStatus;
import io.mercato.payments.PaymentView;
import io.mercato.payments.PaymentsException;
import io.mercato.payments.ProcessPayment;
import io.mercato.payments.RefundOrder;
import io.mercato.payments.RefundView;
import io.mercato.payments.internal.Payment.Recipients;
import io.mercato.payments.internal.PaymentGateway.Charge;
import io.mercato.payments.internal.PaymentGateway.GatewayException;
import io.mercato.payments.internal.PaymentGateway.Outcome;
import io.mercato.shared.database.Constraints;
import io.mercato.shared.domain.Ids;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes orders' money through their gateways, gives it back, and reports every outcome to
 * the ordering module. Every path that learns a charge's outcome (the request's own
 * answer, the reconciliation job, a webhook, an offline receipt) goes through
 * {@link #settle}, so all of them treat the money the same way.
 */
@Service
class PaymentService implements PaymentDesk {

	private static final Logger logger = LoggerFactory.getLogger(PaymentService.class);

	private static final int MAX_REASON_LENGTH = 500;

	/** The reason of a refund the gateway reports it made by itself. */
	static final String REFUNDED_AT_GATEWAY = "refunded_at_gateway";

	private final OrderManagement orders;

	private final PaymentRepository payments;

	private final Map<String, PaymentGateway> gateways;

	private final PaymentSettings settings;

	private final TransactionTemplate transactions;

	private final TransactionTemplate separately;

	private final JsonMapper json;

	private final EntityManager entityManager;

	private final Clock clock;

	PaymentService(OrderManagement orders, PaymentRepository payments, List<PaymentGateway> gateways,
			PaymentSettings settings, TransactionTemplate transactions, JsonMapper json, EntityManager entityManager,
			Clock clock) {
		this.orders = orders;
		this.payments = payments;
		this.gateways = gateways.stream().collect(Collectors.toMap(PaymentGateway::name, Function.identity()));
		this.settings = settings;
		this.transactions = transactions;
		this.separately = new TransactionTemplate(transactions.getTransactionManager());
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.json = json;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Override
	public PaymentView processPayment(OrderCaller caller, UUID orderId, ProcessPayment command) {
		String gatewayName = (command.gateway() != null) ? command.gateway() : this.settings.defaultGateway();
		// looked up now, refused only once the order says it is paid through a gateway
		PaymentGateway gateway = this.gateways.get(gatewayName);
		if (gateway == null || gateway.answersInstantly()) {
			// a gateway in this process: one transaction under the order's row lock; a
			// concurrent attempt waits for it and then finds the order paid or failed
			return this.transactions.execute((status) -> {
				PayableOrder order = this.orders.payable(caller, orderId);
				if (order.paidOffline()) {
					return registerOffline(order).toView();
				}
				if (!order.total().isPositive()) {
					return settleFree(order).toView();
				}
				if (gateway == null) {
					throw new PaymentsException.UnknownGateway(gatewayName);
				}
				Payment payment = Payment.processing(order, gateway.name());
				Outcome outcome = gateway.charge(charge(payment, order, command));
				settle(payment, outcome, Recipients.of(order), true);
				return payment.toView();
			});
		}
		// a gateway elsewhere is not called under the lock, nor inside a transaction that
		// could still roll back: the payment and the order's PROCESSING are committed
		// first (in transactions of their own, even within an Idempotency-Key's), so a
		// concurrent attempt answers payment_in_progress at once and a charge whose
		// answer is lost is left for the reconciliation job
		Started started = this.separately.execute((status) -> {
			PayableOrder order = this.orders.payable(caller, orderId);
			if (order.paidOffline()) {
				return new Started(registerOffline(order), order);
			}
			if (!order.total().isPositive()) {
				return new Started(settleFree(order), order);
			}
			this.orders.startPayment(orderId);
			return new Started(this.payments.save(Payment.processing(order, gateway.name())), order);
		});
		if (!started.payment().isUnresolved() || started.payment().isOffline()) {
			return started.payment().toView();
		}
		Outcome outcome = gateway.charge(charge(started.payment(), started.order(), command));
		return this.separately.execute((status) -> {
			this.orders.holdForPayment(orderId);
			Payment payment = this.payments.findForUpdate(started.payment().getId()).orElseThrow();
			// the reconciliation job or a webhook may have settled it meanwhile; a
			// success still counts after a failure was written, as any late success does
			if (payment.isUnresolved() || (payment.getStatus() == PaymentStatus.FAILED
					&& outcome.result() == PaymentGateway.Result.SUCCEEDED)) {
				settle(payment, outcome, Recipients.of(started.order()), false);
			}
			return this.payments.saveAndFlush(payment).toView();
		});
	}

	/** An order that costs nothing is confirmed without a gateway. */
	private Payment settleFree(PayableOrder order) {
		Payment payment = Payment.free(order, this.clock.instant());
		this.payments.save(payment);
		this.orders.acceptPayment(order.orderId());
		return payment;
	}

	/**
	 * Registers a cash or bank-transfer payment, once: the order stays {@code PENDING}
	 * meanwhile, so its row lock does not tell a second request that one waits already.
	 */
	private Payment registerOffline(PayableOrder order) {
		if (this.payments.existsByOrderIdAndStatus(order.orderId(), PaymentStatus.PENDING)) {
			throw new PaymentsException.PaymentInProgress();
		}
		return Constraints.translate(() -> this.payments.saveAndFlush(Payment.offline(order)),
				Map.of("payment_in_flight_per_order_idx", PaymentsException.PaymentInProgress::new));
	}

	/** A payment handed to a slow gateway, with the order it pays. */
	private record Started(Payment payment, PayableOrder order) {

	}

	/**
	 * Writes what became of a charge, and reports it to the order: a success confirms the
	 * order (or, when the order cannot take the money any more, gives it back in full), a
	 * failure fails it, no answer leaves both waiting for the reconciliation job.
	 * @param startedHere whether the order was not marked {@code PROCESSING} before the
	 * gateway was called
	 */
	void settle(Payment payment, Outcome outcome, Recipients recipients, boolean startedHere) {
		String response = json(outcome.response());
		switch (outcome.result()) {
			case SUCCEEDED -> {
				payment.complete(outcome.transactionId(), response, this.clock.instant());
				this.payments.save(payment);
				PaymentAcceptance acceptance = this.orders.acceptPayment(payment.getOrderId());
				if (acceptance == PaymentAcceptance.DUPLICATE) {
					// the order was paid by another payment meanwhile: this money goes
					// back now; a refused order's goes back on its OrderCancelled, like
					// any cancelled paid order's
					refundInFull(payment, "duplicate_payment", recipients, false);
				}
			}
			case FAILED -> {
				payment.fail(Objects.requireNonNullElse(outcome.failureCode(), "gateway_error"),
						Objects.requireNonNullElse(outcome.failureMessage(), "The gateway refused the payment."),
						outcome.transactionId(), response, recipients);
				this.payments.save(payment);
				this.orders.failPayment(payment.getOrderId(), payment.getFailureMessage());
			}
			default -> {
				payment.awaitOutcome(outcome.transactionId(), response);
				this.payments.save(payment);
				if (startedHere) {
					this.orders.startPayment(payment.getOrderId());
				}
			}
		}
	}

	@Override
	@Transactional
	public PaymentView markReceived(CurrentUser caller, UUID paymentId) {
		// an order the caller may not see hides its payments as well
		UUID orderId = this.payments.findOrderIdById(paymentId)
			.filter((order) -> this.orders.canSee(new OrderCaller(caller, null), order))
			.orElseThrow(PaymentsException.PaymentNotFound::new);
		if (!caller.isAdmin() && !caller.is(Role.SHOPKEEPER)) {
			throw new PaymentsException.NotWholeOrder("record a payment received");
		}
		RefundRights rights = this.orders.refundRights(caller, orderId);
		if (!rights.wholeOrder()) {
			throw new PaymentsException.NotWholeOrder("record a payment received");
		}
		Payment payment = this.payments.findForUpdate(paymentId).orElseThrow(PaymentsException.PaymentNotFound::new);
		if (!payment.isOffline() || payment.getStatus() != PaymentStatus.PENDING) {
			throw new PaymentsException.NotReceivable(payment.getMethod().name(), payment.getStatus());
		}
		settle(payment, Outcome.succeeded(null, Map.of("received_by", caller.id().toString())), recipients(rights),
				false);
		return this.payments.saveAndFlush(payment).toView();
	}

	@Override
	@Transactional(readOnly = true)
	public List<PaymentView> orderPayments(OrderCaller caller, UUID orderId) {
		this.orders.requireVisible(caller, orderId);
		return this.payments.findByOrder(orderId).stream().map(Payment::toView).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public PaymentView payment(OrderCaller caller, UUID paymentId) {
		Payment payment = this.payments.findById(paymentId)
			.filter((found) -> this.orders.canSee(caller, found.getOrderId()))
			.orElseThrow(PaymentsException.PaymentNotFound::new);
		return payment.toView();
	}

	@Override
	@Transactional
	public RefundView refund(CurrentUser caller, UUID orderId, RefundOrder command) {
		String reason = checkRefund(command);
		RefundRights rights = this.orders.refundRights(caller, orderId);
		List<Payment> taken = this.payments.findTakenForUpdate(orderId);
		if (taken.isEmpty()) {
			throw new PaymentsException.NotPaid();
		}
		// a request sent again under its Idempotency-Key after its answer was lost (even
		// after the key's answer expired) is the same refund: the same id, which the
		// gateway also takes as its idempotency key, so the money never goes out twice
		UUID refundId = (command.requestKey() != null) ? UUID.nameUUIDFromBytes(
				("refund:" + caller.id() + ":" + orderId + ":" + command.requestKey()).getBytes(StandardCharsets.UTF_8))
				: Ids.newId();
		Optional<Refund> earlier = taken.stream()
			.flatMap((candidate) -> candidate.findRefund(refundId).stream())
			.findFirst();
		if (earlier.isPresent()) {
			return earlier.get().toView();
		}
		Payment payment = taken.stream()
			.filter((candidate) -> candidate.refundable().isPositive())
			.findFirst()
			.orElse(taken.get(0));
		Money left = payment.refundable().min(rights.limit());
		if (rights.actor() == OrderActor.SHOPKEEPER) {
			left = left.min(rights.limit().minus(payment.refundedBy(rights.shopkeeperId())).atLeastZero());
		}
		Money amount = (command.amount() != null) ? command.amount() : left;
		if (!amount.isPositive() || amount.compareTo(left) > 0) {
			throw new PaymentsException.RefundExceedsPayment(left);
		}
		boolean whole = amount.equals(payment.refundable());
		if (command.restock() && !rights.wholeOrder()) {
			throw new PaymentsException.NotWholeOrder("restock an order");
		}
		if (command.restock() && !whole) {
			throw new InvalidFieldsException("restock",
					"goods come back to stock only with a refund of everything left of the payment");
		}
		Refund refund = giveBack(payment, refundId, amount, reason,
				(rights.actor() == OrderActor.ADMIN) ? RefundActor.ADMIN : RefundActor.SHOPKEEPER, caller.id(),
				rights.shopkeeperId(), command.restock(), recipients(rights));
		this.orders.recordRefund(orderId, whole, command.restock(), reason);
		payOut(payment, refund);
		return refund.toView();
	}

	/**
	 * Gives everything left of the payment back, as Mercato itself: money of an order
	 * that was cancelled after it was paid, or that could not take it.
	 * @param recordOnOrder whether the order's payment status follows (not for a
	 * duplicate, whose order is paid by another payment)
	 */
	void refundInFull(Payment payment, String reason, Recipients recipients, boolean recordOnOrder) {
		if (!payment.refundable().isPositive()) {
			return;
		}
		// an id of Mercato's own making, so that a redelivered event asks the gateway
		// again under the same idempotency key and is never paid twice
		UUID refundId = UUID.nameUUIDFromBytes((payment.getId() + ":" + reason).getBytes(StandardCharsets.UTF_8));
		Refund refund = giveBack(payment, refundId, payment.refundable(), reason, RefundActor.SYSTEM, null, null, false,
				recipients);
		if (recordOnOrder) {
			this.orders.recordRefund(payment.getOrderId(), true, false, reason);
		}
		payOut(payment, refund);
	}

	/**
	 * Records money the gateway gave back by itself (through its dashboard, a dispute):
	 * nothing is asked of the gateway, the refund is only written.
	 */
	void recordGatewayRefund(Payment payment, Money amount, String gatewayReference) {
		boolean whole = amount.equals(payment.refundable());
		this.entityManager.persist(payment.refund(Ids.newId(), amount, REFUNDED_AT_GATEWAY, gatewayReference,
				RefundActor.SYSTEM, null, null, false, recipients(payment.getOrderId())));
		this.payments.saveAndFlush(payment);
		this.orders.recordRefund(payment.getOrderId(), whole, false, REFUNDED_AT_GATEWAY);
	}

	/**
	 * Writes a refund of the payment, checked by the database, before any money moves:
	 * {@link #payOut} asks the gateway last, so that nothing after it but the commit can
	 * fail.
	 */
	private Refund giveBack(Payment payment, UUID refundId, Money amount, String reason, RefundActor actor,
			@Nullable UUID actorId, @Nullable UUID shopkeeperId, boolean restock, Recipients recipients) {
		if (!payment.isOffline()
				&& (!this.gateways.containsKey(payment.getGateway()) || payment.getTransactionId() == null)) {
			logger.warn("Payment {} cannot be refunded through gateway {}: {}", payment.getId(), payment.getGateway(),
					this.gateways.containsKey(payment.getGateway()) ? "no transaction id" : "not configured");
			throw new PaymentsException.GatewayFailed(payment.getGateway());
		}
		Refund refund = payment.refund(refundId, amount, reason, null, actor, actorId, shopkeeperId, restock,
				recipients);
		// persisted itself, so that the refund handed back is the one written, with its
		// time
		this.entityManager.persist(refund);
		this.payments.saveAndFlush(payment);
		return refund;
	}

	/**
	 * Has the gateway give the refund's money back, the refund's id its idempotency key;
	 * a cash or bank-transfer refund is the shop's to pay.
	 * @throws PaymentsException.GatewayFailed when the gateway did not refund, which
	 * rolls the refund back
	 */
	private void payOut(Payment payment, Refund refund) {
		if (payment.isOffline()) {
			return;
		}
		PaymentGateway gateway = this.gateways.get(payment.getGateway());
		try {
			refund.paidOut(gateway.refund(payment.getTransactionId(), refund.getId(), refund.getAmount(),
					payment.getCurrency()));
		}
		catch (GatewayException ex) {
			logger.warn("Gateway {} refused a refund of payment {}: {}", gateway.name(), payment.getId(),
					ex.getMessage());
			throw new PaymentsException.GatewayFailed(gateway.name());
		}
	}

	/** The order's customer and shopkeepers, read from the order. */
	Recipients recipients(UUID orderId) {
		OrderView order = this.orders.findOrder(orderId)
			.orElseThrow(() -> new IllegalStateException("Payment of order " + orderId + ", which does not exist"));
		return new Recipients(order.userId(), order.customerEmail(),
				order.items().stream().map(OrderView.Item::shopkeeperId).collect(Collectors.toSet()));
	}

	private static Recipients recipients(RefundRights rights) {
		return new Recipients(rights.userId(), rights.customerEmail(), rights.shopkeeperIds());
	}

	PaymentGateway gateway(String name) {
		PaymentGateway gateway = this.gateways.get(name);
		if (gateway == null) {
			throw new PaymentsException.UnknownGateway(name);
		}
		return gateway;
	}

	private static Charge charge(Payment payment, PayableOrder order, ProcessPayment command) {
		return new Charge(payment.getId(), order.orderNumber(), order.total(), order.currency(), order.paymentMethod(),
				command.token());
	}

	private @Nullable String json(Map<String, Object> response) {
		return response.isEmpty() ? null : this.json.writeValueAsString(response);
	}

	private static String checkRefund(RefundOrder command) {
		String reason = (command.reason() != null) ? command.reason().strip() : "";
		List<InvalidField> errors = new java.util.ArrayList<>();
		if (reason.isEmpty() || reason.length() > MAX_REASON_LENGTH) {
			errors.add(new InvalidField("reason", "must be 1 to " + MAX_REASON_LENGTH + " characters, not blank"));
		}
		if (command.amount() != null && !command.amount().isPositive()) {
			errors.add(new InvalidField("amount", "must be above zero"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
		return reason;
	}

}
