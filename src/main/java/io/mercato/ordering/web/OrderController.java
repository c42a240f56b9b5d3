package io.mercato.ordering.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.mercato.ordering.OrderBook;
import io.mercato.ordering.OrderCaller;
import io.mercato.ordering.OrderQuery;
import io.mercato.ordering.OrderStatus;
import io.mercato.ordering.OrderStatusChange;
import io.mercato.ordering.OrderView;
import io.mercato.ordering.PaymentStatus;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.CursorPage;
import io.mercato.shared.web.InvalidFieldsException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading orders: customers their own, shopkeepers the orders holding their lines (those
 * lines only, and the totals their share), admins all. A guest reads the order they
 * placed with the token it answered, sent as {@code X-Order-Token}; an order the caller
 * may not see answers 404.
 */
@Tag(name = "Orders")
@RestController
class OrderController {

	static final String ORDER_TOKEN = OrderCaller.TOKEN_HEADER;

	private static final String TOKEN_DESCRIPTION = "A guest order's token, as placing the order answered it "
			+ "(order_token). Without it, a guest order answers 404.";

	private static final String TIMESTAMP = "an ISO-8601 timestamp in UTC, such as 2025-01-31T12:00:00Z";

	private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

	private final OrderBook orders;

	OrderController(OrderBook orders) {
		this.orders = orders;
	}

	@Operation(summary = "List orders", description = """
			Customers see their own orders; shopkeepers the orders holding their lines, with only those \
			lines and the totals their share of the order; admins every order. Newest first, \
			cursor-paginated: follow `next` and `previous`; every page costs the same however deep. \
			`search` finds an order by its number or by the customer's email address, each exactly and \
			in any case.""")
	@ApiResponse(responseCode = "200", description = "A page of orders")
	@SecurityRequirement(name = "bearerAuth")
	@GetMapping("/api/v1/orders")
	CursorPage<OrderView> listOrders(@AuthenticationPrincipal CurrentUser caller,
			@Parameter(description = "Only orders in this status") @RequestParam(required = false) OrderStatus status,
			@Parameter(description = "Only orders whose payment is in this status") @RequestParam(
					name = "payment_status", required = false) PaymentStatus paymentStatus,
			@Parameter(description = "Only orders placed at or after this time, " + TIMESTAMP,
					schema = @Schema(type = "string", format = "date-time")) @RequestParam(name = "created_after",
							required = false) String createdAfter,
			@Parameter(description = "Only orders placed before this time, " + TIMESTAMP,
					schema = @Schema(type = "string", format = "date-time")) @RequestParam(name = "created_before",
							required = false) String createdBefore,
			@Parameter(
					description = "An order number (ORD-…) or a customer's email address, exactly, in any case") @RequestParam(
							required = false) @Size(max = 254) String search,
			@RequestParam(name = CursorPage.CURSOR_PARAMETER, required = false) String cursor,
			@RequestParam(name = "page_size",
					defaultValue = "20") @Min(1) @Max(OrderQuery.MAX_PAGE_SIZE) int pageSize) {
		OrderQuery query = new OrderQuery(status, paymentStatus, timestamp("created_after", createdAfter),
				timestamp("created_before", createdBefore), search, cursor, pageSize);
		return CursorPage.of(this.orders.orders(caller, query));
	}

	@Operation(summary = "Show an order",
			description = "With its lines, addresses, payment summary and history. The ETag is the order's version: "
					+ "send it as If-Match to change the order, or as If-None-Match to be answered 304 while it has "
					+ "not changed.")
	@ApiResponse(responseCode = "200", description = "The order as the caller may see it",
			headers = @Header(name = "ETag", description = "The order's version, quoted: a strong ETag",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "304", description = "The order is still at the version of If-None-Match",
			content = @Content,
			headers = @Header(name = "ETag", description = "The order's version, quoted",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "404",
			description = "order_not_found: unknown, another customer's, or a guest order without its token")
	@SecurityRequirement(name = "bearerAuth")
	@GetMapping("/api/v1/orders/{id}")
	ResponseEntity<OrderView> showOrder(
			@AuthenticationPrincipal CurrentUser caller, @Parameter(in = ParameterIn.HEADER,
					description = TOKEN_DESCRIPTION) @RequestHeader(name = ORDER_TOKEN, required = false) String token,
			@PathVariable UUID id) {
		OrderView order = this.orders.order(new OrderCaller(caller, token), id);
		// a GET with a matching If-None-Match answers 304 (HttpEntityMethodProcessor)
		return ResponseEntity.ok().eTag(OrderTransitionController.etag(order.version())).body(order);
	}

	@Operation(summary = "Show an order's history",
			description = "Its changes of status, oldest first, starting with its placement: from, to, who and why.")
	@ApiResponse(responseCode = "200", description = "The history")
	@ApiResponse(responseCode = "404",
			description = "order_not_found: unknown, another customer's, or a guest order without its token")
	@SecurityRequirement(name = "bearerAuth")
	@GetMapping("/api/v1/orders/{id}/history")
	OrderHistoryResponse showOrderHistory(
			@AuthenticationPrincipal CurrentUser caller, @Parameter(in = ParameterIn.HEADER,
					description = TOKEN_DESCRIPTION) @RequestHeader(name = ORDER_TOKEN, required = false) String token,
			@PathVariable UUID id) {
		return new OrderHistoryResponse(this.orders.history(new OrderCaller(caller, token), id));
	}

	private static @Nullable Instant timestamp(String parameter, @Nullable String text) {
		if (text == null) {
			return null;
		}
		Instant instant;
		try {
			instant = Instant.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldsException(parameter, "must be " + TIMESTAMP);
		}
		if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
			throw new InvalidFieldsException(parameter, "must be between the years 0001 and 9999");
		}
		return instant;
	}

	/**
	 * An order's history.
	 *
	 * @param results its changes of status, oldest first
	 */
	record OrderHistoryResponse(List<OrderStatusChange> results) {

	}

}
