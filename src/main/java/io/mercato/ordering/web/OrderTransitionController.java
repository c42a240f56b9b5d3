package io.mercato.ordering.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mercato.ordering.OrderCaller;
import io.mercato.ordering.OrderFulfilment;
import io.mercato.ordering.OrderView;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.InvalidFieldsException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps people take an order through: cancelling it, shipping its lines, recording
 * its delivery and closing it. Each answers the order as the caller may see it (a
 * shopkeeper their lines) with its new {@code ETag}; each honours {@code If-Match} with
 * the {@code ETag} the order was read with, so that a step taken on a stale read answers
 * 412 instead of acting on what the caller did not see.
 * <p>
 * {@code If-Match} (RFC 9110 §13.1.1): absent or {@code *}, the step runs on the order as
 * it is; one strong tag {@code "<version>"}, it runs only on that version. Anything else
 * answers 400: a weak tag ({@code W/"3"}) can never match by the strong comparison
 * {@code If-Match} asks for, and a list of tags or a malformed value names no version to
 * check, so either is a client's mistake rather than a stale read.
 */
@Tag(name = "Orders")
@RestController
class OrderTransitionController {

	private static final Pattern STRONG_VERSION_TAG = Pattern.compile("^\"(0|[1-9][0-9]{0,17})\"$");

	private static final String TOKEN_DESCRIPTION = "A guest order's token, as placing it answered";

	private static final String IF_MATCH_DESCRIPTION = "The order's ETag as read (\"<version>\"), to act only if it "
			+ "has not changed since; * or left out acts on the order as it is. A weak or malformed tag, or more "
			+ "than one, answers 400.";

	private static final String ANSWER = "The order afterwards, as the caller may see it (a shopkeeper sees their "
			+ "lines and their share of the totals)";

	private static final String ETAG = "The order's new version, for the next If-Match";

	private static final String STALE = "version_mismatch: the order changed since the ETag in If-Match was read";

	private static final String NOT_FOUND = "order_not_found: no such order, or one the caller may not see (another "
			+ "customer's, a guest order without its token)";

	private final OrderFulfilment orders;

	OrderTransitionController(OrderFulfilment orders) {
		this.orders = orders;
	}

	@Operation(summary = "Cancel an order",
			description = "Its customer (a guest with X-Order-Token), the shopkeeper who sells all its lines, or an "
					+ "admin, while it is PENDING, FAILED or CONFIRMED and no line has shipped. Reserved stock is "
					+ "released and the promotion's use given back; a paid order's stock comes back as a return and "
					+ "the order is refunded.")
	@ApiResponse(responseCode = "200", description = ANSWER,
			headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400",
			description = "validation_failed: a blank or over-long reason, or a weak, "
					+ "malformed or listed If-Match")
	@ApiResponse(responseCode = "403",
			description = "transition_not_allowed: a shopkeeper who does not sell every line of the order")
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@ApiResponse(responseCode = "409",
			description = "invalid_transition (naming the order's status: it is being "
					+ "paid, shipped, or over), or already_shipped (a line has left its shop)")
	@ApiResponse(responseCode = "412", description = STALE)
	@PostMapping("/api/v1/orders/{id}/cancel")
	ResponseEntity<OrderView> cancelOrder(@AuthenticationPrincipal @Nullable CurrentUser user,
			@Parameter(in = ParameterIn.HEADER, description = TOKEN_DESCRIPTION) @RequestHeader(
					name = OrderController.ORDER_TOKEN, required = false) @Nullable String token,
			@Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@PathVariable UUID id, @Valid @RequestBody CancelRequest request) {
		return answer(this.orders.cancel(new OrderCaller(user, token), id, expectedVersion(ifMatch), request.reason()));
	}

	@Operation(summary = "Ship lines of an order",
			description = "Hands lines of a CONFIRMED order to a carrier: a shopkeeper ships their own lines, an "
					+ "admin any. Without item_ids, every line the caller may ship that has not shipped. The order "
					+ "becomes SHIPPED once every line has; until then it stays CONFIRMED and its lines say which "
					+ "shipped.")
	@ApiResponse(responseCode = "200", description = ANSWER,
			headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = "validation_failed: a blank or over-long carrier or tracking "
			+ "number, item_ids naming a line not of this order, not the caller's or shipped already, or a weak, "
			+ "malformed or listed If-Match")
	@ApiResponse(responseCode = "403", description = "transition_not_allowed: the order's customer")
	@ApiResponse(responseCode = "404", description = NOT_FOUND + "; a shopkeeper sees only orders with their lines")
	@ApiResponse(responseCode = "409",
			description = "invalid_transition: the order is not CONFIRMED (naming its status)")
	@ApiResponse(responseCode = "412", description = STALE)
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/api/v1/orders/{id}/ship")
	ResponseEntity<OrderView> shipOrder(@AuthenticationPrincipal CurrentUser user,
			@Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@PathVariable UUID id, @Valid @RequestBody ShipRequest request) {
		return answer(this.orders.ship(user, id, expectedVersion(ifMatch), request.carrier(), request.trackingNumber(),
				request.itemIds()));
	}

	@Operation(summary = "Record an order's delivery",
			description = "An admin records that a SHIPPED order reached its customer: it becomes DELIVERED.")
	@ApiResponse(responseCode = "200", description = ANSWER,
			headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = "validation_failed: a weak, malformed or listed If-Match")
	@ApiResponse(responseCode = "403", description = "transition_not_allowed: anyone but an admin")
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@ApiResponse(responseCode = "409", description = "invalid_transition: the order is not SHIPPED (naming its status)")
	@ApiResponse(responseCode = "412", description = STALE)
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/api/v1/orders/{id}/deliver")
	ResponseEntity<OrderView> deliverOrder(@AuthenticationPrincipal CurrentUser user,
			@Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@PathVariable UUID id) {
		return answer(this.orders.deliver(user, id, expectedVersion(ifMatch)));
	}

	@Operation(summary = "Complete an order",
			description = "An admin closes a DELIVERED order for good: it becomes COMPLETED.")
	@ApiResponse(responseCode = "200", description = ANSWER,
			headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = "validation_failed: a weak, malformed or listed If-Match")
	@ApiResponse(responseCode = "403", description = "transition_not_allowed: anyone but an admin")
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@ApiResponse(responseCode = "409",
			description = "invalid_transition: the order is not DELIVERED (naming its status)")
	@ApiResponse(responseCode = "412", description = STALE)
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/api/v1/orders/{id}/complete")
	ResponseEntity<OrderView> completeOrder(@AuthenticationPrincipal CurrentUser user,
			@Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@PathVariable UUID id) {
		return answer(this.orders.complete(user, id, expectedVersion(ifMatch)));
	}

	private static ResponseEntity<OrderView> answer(OrderView order) {
		return ResponseEntity.ok().eTag(etag(order.version())).body(order);
	}

	/**
	 * The strong {@code ETag} of an order's version, as every order endpoint gives it.
	 */
	static String etag(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version an {@code If-Match} names, or {@code null} to act on the order as it
	 * is.
	 * @throws InvalidFieldsException for a weak, malformed or listed tag
	 */
	static @Nullable Long expectedVersion(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.strip().equals("*")) {
			return null;
		}
		Matcher matcher = STRONG_VERSION_TAG.matcher(ifMatch.strip());
		if (!matcher.matches()) {
			throw new InvalidFieldsException(HttpHeaders.IF_MATCH,
					ifMatch.strip().startsWith("W/") ? "must be the order's strong ETag (\"<version>\"), not a weak one"
							: "must be one ETag as the order was read with (\"<version>\"), or *");
		}
		return Long.parseLong(matcher.group(1));
	}

	/**
	 * Why an order is cancelled.
	 */
	record CancelRequest(@Schema(description = "Why, in the canceller's words; kept trimmed in the order's history",
			example = "Ordered the wrong size") @NotBlank @Size(max = 500) String reason) {

	}

	/**
	 * A parcel handed to a carrier.
	 */
	record ShipRequest(
			@Schema(description = "Who carries the parcel", example = "DHL") @NotBlank @Size(max = 100) String carrier,
			@Schema(description = "The carrier's tracking number",
					example = "00340434161094042557") @NotBlank @Size(max = 100) String trackingNumber,
			@Schema(description = "The lines in the parcel (the ids of the order's items); left out, every line the "
					+ "caller may ship that has not shipped") @Size(min = 1,
							max = 1000) @Nullable List<@NotNull UUID> itemIds) {

	}

}
