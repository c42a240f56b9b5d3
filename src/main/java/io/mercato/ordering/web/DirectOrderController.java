package io.mercato.ordering.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mercato.ordering.DirectOrders;
import io.mercato.ordering.OrderAddress;
import io.mercato.ordering.OrderCustomer;
import io.mercato.ordering.PaymentMethod;
import io.mercato.ordering.PlaceOrder;
import io.mercato.ordering.PlacedOrder;
import io.mercato.ordering.ShipTo;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.Idempotent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The direct order API of the transactional order processor: an order placed from a list
 * of products, without a cart, by a logged-in user or a guest.
 */
@Tag(name = "Orders")
@RestController
class DirectOrderController {

	private static final String SHIPPING_ADDRESS = "Where the order goes: free text, kept as given (priced with the "
			+ "shipping method's rate for every country, without tax), or an address object, checked by its country's "
			+ "rules and priced and taxed by its country.";

	private final DirectOrders orders;

	DirectOrderController(DirectOrders orders) {
		this.orders = orders;
	}

	@Operation(summary = "Place an order directly",
			description = "With a login the order is the caller's, and customer_email, customer_name and "
					+ "customer_phone, where given, replace the account's for this order; a guest gives email and "
					+ "name and receives order_token, shown this once: send it as X-Order-Token to read, pay or "
					+ "cancel the order. Items name their product by product_sku or product_id; prices come from "
					+ "the catalog, and a unit_price sent must equal the current price. Only an admin may send "
					+ "shipping_cost (anyone else gets 400 naming shipping_cost); otherwise shipping is priced with "
					+ "shipping_method, or the cheapest method that ships there. The stock of every item is "
					+ "reserved until the order is paid or its reservation window ends; the order is PENDING and "
					+ "UNPAID. All of it happens or none.")
	@ApiResponse(responseCode = "201", description = "The order, with order_token for a guest")
	@ApiResponse(responseCode = "400",
			description = "validation_failed: invalid fields, among them items[i].product_sku or items[i].product_id "
					+ "for an unknown product, and shipping_cost from a caller who is no admin")
	@ApiResponse(responseCode = "404", description = "shipping_method_not_found: no such shipping method")
	@ApiResponse(responseCode = "409", description = "insufficient_stock (the items member gives product_id, "
			+ "requested and available), price_changed (items gives product_id, expected_price and current_price), "
			+ "product_unavailable (items gives product_id), shipping_unavailable or promotion_not_applicable")
	@PostMapping("/api/v1/orders")
	@Idempotent
	ResponseEntity<PlacedOrder> placeDirectOrder(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody DirectOrderRequest request) {
		PlacedOrder placed = this.orders.place(user, request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/orders/" + placed.order().id())).body(placed);
	}

	/**
	 * An order of products, with the customer's contact details and where it goes.
	 */
	record DirectOrderRequest(
			@Schema(description = "Required for a guest; with a login it replaces the account's email for this order",
					example = "john@example.com") @Email @Size(max = 254) @Nullable String customerEmail,
			@Schema(description = "Required for a guest; with a login it replaces the account's name for this order",
					example = "John Doe") @Size(max = 150) @Nullable String customerName,
			@Schema(description = "A phone number; without + it is read in the shipping address's country, or as "
					+ "international beside a free-text address",
					example = "998901234567") @Size(max = 40) @Nullable String customerPhone,
			@Schema(description = SHIPPING_ADDRESS, oneOf = {
					String.class, DirectOrderAddress.class }) @NotNull DirectOrderShipTo shippingAddress,
			@Schema(description = "The billing address, if not the shipping address") @Nullable DirectOrderAddress billingAddress,
			@Schema(description = "The code of a shipping method; left out for the cheapest that ships there",
					example = "standard") @Size(max = 50) @Nullable String shippingMethod,
			@Schema(description = "What shipping costs; only an admin may set it") @Nullable Money shippingCost,
			@NotNull PaymentMethod paymentMethod,
			@Schema(description = "A promotion code; left out for the best automatic promotion",
					example = "SUMMER10") @Size(max = 64) @Nullable String promotionCode,
			@Schema(description = "A note to the shop, at most 1000 characters") @Nullable String notes,
			@Schema(description = "What to order: 1 to 100 items, each product once") @NotNull @Valid List<@NotNull @Valid DirectOrderItem> items){

		PlaceOrder toCommand() {
			DirectOrderShipTo shipTo = this.shippingAddress;
			return new PlaceOrder(OrderCustomer.guest(this.customerEmail, this.customerName, this.customerPhone),
					this.items.stream().map(DirectOrderItem::toLine).toList(),
					(shipTo.text() != null) ? ShipTo.text(shipTo.text()) : ShipTo.address(shipTo.address().toAddress()),
					(this.billingAddress != null) ? this.billingAddress.toAddress() : null, this.shippingMethod,
					this.shippingCost, this.paymentMethod, this.promotionCode, this.notes, null);
		}

	}

	/**
	 * One item: a product named by SKU or by id.
	 */
	record DirectOrderItem(
			@Schema(description = "The product's SKU; or product_id",
					example = "LAP-001") @Size(max = 64) @Nullable String productSku,
			@Schema(description = "The product's id; or product_sku") @Nullable UUID productId,
			@Schema(description = "How many, 1 to 1000", example = "1") @NotNull Integer quantity,
			@Schema(description = "The price the customer saw; refused with price_changed when the price is "
					+ "another now") @Nullable Money unitPrice,
			@Schema(description = "Informational: the order copies the catalog's name",
					example = "Laptop") @Size(max = 200) @Nullable String productName) {

		PlaceOrder.Line toLine() {
			return new PlaceOrder.Line(this.productId, this.productSku, this.quantity, this.unitPrice);
		}

	}

	/**
	 * An address given in the order, checked by the address book's rules.
	 */
	record DirectOrderAddress(@Schema(example = "John Doe") @Nullable String fullName,
			@Schema(example = "Unter den Linden 1") @Nullable String line1, @Nullable String line2,
			@Schema(example = "Berlin") @Nullable String city, @Nullable String region,
			@Schema(example = "10117") @Nullable String postalCode,
			@Schema(description = "ISO 3166-1 alpha-2 code", example = "DE") @Nullable String country,
			@Nullable String phone) {

		OrderAddress toAddress() {
			return new OrderAddress(this.fullName, this.line1, this.line2, this.city, this.region, this.postalCode,
					this.country, this.phone);
		}

	}

	/**
	 * A shipping address as JSON allows it: a string of free text, or an address object.
	 *
	 * @param text the free text, or {@code null}
	 * @param address the address, or {@code null}
	 */
	@JsonDeserialize(using = ShipToDeserializer.class)
	record DirectOrderShipTo(@Nullable String text, @Nullable DirectOrderAddress address) {

	}

	/**
	 * Reads a string or an object; anything else (a number, an array, a boolean) is a
	 * field error of {@code shipping_address}.
	 */
	static class ShipToDeserializer extends ValueDeserializer<DirectOrderShipTo> {

		@Override
		public DirectOrderShipTo deserialize(JsonParser parser, DeserializationContext context)
				throws JacksonException {
			if (parser.hasToken(JsonToken.VALUE_STRING)) {
				return new DirectOrderShipTo(context.readValue(parser, String.class), null);
			}
			if (parser.hasToken(JsonToken.START_OBJECT)) {
				return new DirectOrderShipTo(null, context.readValue(parser, DirectOrderAddress.class));
			}
			throw ValueInstantiationException.from(parser, "not a string or an object",
					context.constructType(DirectOrderShipTo.class),
					new IllegalArgumentException("must be the address as text or as an object"));
		}

	}

}
