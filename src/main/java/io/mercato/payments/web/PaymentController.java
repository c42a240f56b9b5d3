package io.mercato.payments.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import io.mercato.ordering.OrderCaller;
import io.mercato.payments.PaymentDesk;
import io.mercato.payments.PaymentStatus;
import io.mercato.payments.PaymentView;
import io.mercato.payments.ProcessPayment;
import io.mercato.payments.RefundOrder;
import io.mercato.payments.RefundView;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.Idempotent;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Paying an order, recording an offline payment, reading payments and refunding.
 */
@Tag(name = "Payments")
@RestController
class PaymentController {

	private static final String ORDER_TOKEN = OrderCaller.TOKEN_HEADER;

	private static final String TOKEN_DESCRIPTION = "A guest order's token, as placing it answered";

	private static final String ORDER_NOT_FOUND = "order_not_found: no such order, or one the caller may not see";

	private final PaymentDesk payments;

	PaymentController(PaymentDesk payments) {
		this.payments = payments;
	}

	@Operation(summary = "Pay an order",
			description = "The order's customer (a guest with X-Order-Token) or an admin pays a PENDING or FAILED "
					+ "order with the method it was placed with. Card, PayPal and crypto go through the gateway "
					+ "(payment_gateway, or the configured default): 201 with the payment COMPLETED (the order is "
					+ "CONFIRMED and PAID, its stock sold) or FAILED (the order is FAILED; pay again while its "
					+ "reservation lasts); 202 with the payment PROCESSING when the gateway did not answer, which "
					+ "the reconciliation job resolves by asking it. Cash and bank transfer answer 202 with a PENDING "
					+ "payment, which the shopkeeper of every line or an admin marks received. The simulated gateway's outcome "
					+ "follows payment_token: tok_decline, tok_insufficient_funds, tok_error, tok_timeout, "
					+ "tok_timeout_decline, anything else approves. Honours Idempotency-Key.")
	@ApiResponse(responseCode = "201", description = "The payment, COMPLETED or FAILED")
	@ApiResponse(responseCode = "202", description = "The payment, PROCESSING or (offline) PENDING")
	@ApiResponse(responseCode = "400", description = "validation_failed, or unknown_gateway")
	@ApiResponse(responseCode = "403", description = "transition_not_allowed: a shopkeeper of the order's lines")
	@ApiResponse(responseCode = "404", description = ORDER_NOT_FOUND)
	@ApiResponse(responseCode = "409",
			description = "already_paid, payment_in_progress (another attempt is under "
					+ "way), or invalid_transition (the order is cancelled)")
	@PostMapping("/api/v1/orders/{id}/process-payment")
	@Idempotent
	ResponseEntity<PaymentView> processPayment(@AuthenticationPrincipal @Nullable CurrentUser user,
			@Parameter(in = ParameterIn.HEADER, description = TOKEN_DESCRIPTION) @RequestHeader(name = ORDER_TOKEN,
					required = false) @Nullable String token,
			@PathVariable UUID id, @Valid @RequestBody(required = false) @Nullable ProcessPaymentRequest request) {
		ProcessPaymentRequest given = (request != null) ? request : new ProcessPaymentRequest(null, null);
		PaymentView payment = this.payments.processPayment(new OrderCaller(user, token), id,
				new ProcessPayment(given.paymentGateway(), given.paymentToken()));
		boolean settled = payment.status() == PaymentStatus.COMPLETED || payment.status() == PaymentStatus.FAILED;
		return ResponseEntity.status(settled ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
			.location(URI.create("/api/v1/payments/" + payment.id()))
			.body(payment);
	}

	@Operation(summary = "An order's payments",
			description = "Every attempt to pay the order, oldest first, with its refunds: for its customer (a "
					+ "guest with X-Order-Token), a shopkeeper of its lines, or an admin.")
	@ApiResponse(responseCode = "200", description = "The payments")
	@ApiResponse(responseCode = "404", description = ORDER_NOT_FOUND)
	@GetMapping("/api/v1/orders/{id}/payments")
	PaymentList orderPayments(@AuthenticationPrincipal @Nullable CurrentUser user,
			@Parameter(in = ParameterIn.HEADER, description = TOKEN_DESCRIPTION) @RequestHeader(name = ORDER_TOKEN,
					required = false) @Nullable String token,
			@PathVariable UUID id) {
		return new PaymentList(this.payments.orderPayments(new OrderCaller(user, token), id));
	}

	@Operation(summary = "A payment",
			description = "With its refunds: for the order's customer (a guest with "
					+ "X-Order-Token), a shopkeeper of its lines, or an admin. No card data is ever kept or shown.")
	@ApiResponse(responseCode = "200", description = "The payment")
	@ApiResponse(responseCode = "404",
			description = "payment_not_found: no such payment, or one the caller may not see")
	@GetMapping("/api/v1/payments/{id}")
	PaymentView payment(@AuthenticationPrincipal @Nullable CurrentUser user,
			@Parameter(in = ParameterIn.HEADER, description = TOKEN_DESCRIPTION) @RequestHeader(name = ORDER_TOKEN,
					required = false) @Nullable String token,
			@PathVariable UUID id) {
		return this.payments.payment(new OrderCaller(user, token), id);
	}

	@Operation(summary = "Record an offline payment as received",
			description = "The shopkeeper of every line of the order or an admin records that a PENDING cash or "
					+ "bank-transfer "
					+ "payment arrived: it is COMPLETED and the order CONFIRMED. When the order was cancelled "
					+ "meanwhile because its reservation window passed, its stock is reserved again if it is all "
					+ "still there; otherwise the order stays cancelled (reason stock_unavailable_after_payment) and "
					+ "the money is refunded in full.")
	@ApiResponse(responseCode = "200", description = "The payment afterwards")
	@ApiResponse(responseCode = "403",
			description = "transition_not_allowed: the order's customer; not_whole_order: "
					+ "a shopkeeper of only some of its lines")
	@ApiResponse(responseCode = "404",
			description = "payment_not_found: no such payment, or one the caller may not see")
	@ApiResponse(responseCode = "409", description = "not_receivable: not a PENDING cash or bank-transfer payment")
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/api/v1/payments/{id}/mark-received")
	PaymentView markReceived(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.payments.markReceived(user, id);
	}

	@Operation(summary = "Refund an order",
			description = "An admin refunds up to what was taken, a shopkeeper of some lines up to their lines' "
					+ "share of it, less what they refunded already; without amount, everything the caller may still "
					+ "refund. The money goes back through the gateway that took it. Everything taken given back "
					+ "makes the order REFUNDED: the stock of an order none of whose lines shipped comes back, "
					+ "shipped stock only with restock (a RETURN movement of the whole order, for an admin or the "
					+ "shopkeeper of every line), which needs a refund of everything left. A cash or bank-transfer "
					+ "payment's refund is MANUAL: the shop pays it back itself. Honours Idempotency-Key.")
	@ApiResponse(responseCode = "201", description = "The refund")
	@ApiResponse(responseCode = "400",
			description = "validation_failed: a blank or over-long reason, an amount not "
					+ "above zero, or restock with a refund of part of the payment")
	@ApiResponse(responseCode = "403", description = "transition_not_allowed: the order's customer")
	@ApiResponse(responseCode = "404", description = ORDER_NOT_FOUND)
	@ApiResponse(responseCode = "409",
			description = "refund_exceeds_payment (refundable says how much is left for " + "the caller), or not_paid")
	@ApiResponse(responseCode = "502", description = "gateway_error: the gateway did not refund; nothing changed")
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/api/v1/orders/{id}/refund")
	@Idempotent
	ResponseEntity<RefundView> refundOrder(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Parameter(hidden = true) @RequestHeader(name = "Idempotency-Key",
					required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody RefundRequest request) {
		RefundView refund = this.payments.refund(user, id, new RefundOrder(request.amount(), request.reason(),
				Boolean.TRUE.equals(request.restock()), idempotencyKey));
		return ResponseEntity.created(URI.create("/api/v1/payments/" + refund.paymentId())).body(refund);
	}

	/**
	 * How to pay.
	 */
	record ProcessPaymentRequest(
			@Schema(description = "The gateway; left out for the configured default",
					example = "simulated") @Size(min = 1, max = 32) @Nullable String paymentGateway,
			@Schema(description = "The gateway's one-time token of the card or account, as its checkout widget "
					+ "gave it; never stored",
					example = "tok_approve") @Size(min = 1, max = 255) @Nullable String paymentToken) {

	}

	/**
	 * Money to give back.
	 */
	record RefundRequest(
			@Schema(description = "How much; left out for everything the caller may still refund",
					example = "10.00") @Nullable Money amount,
			@Schema(description = "Why", example = "Damaged in transit") @NotBlank @Size(max = 500) String reason,
			@Schema(description = "Whether shipped goods came back to the shop, so that their stock returns; needs "
					+ "a refund of everything left") @Nullable Boolean restock) {

	}

	/**
	 * An order's payments, answered whole: an order has few.
	 */
	record PaymentList(List<PaymentView> results) {

	}

}
