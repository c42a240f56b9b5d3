package io.mercato.cart.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mercato.addresses.AddressDraft;
import io.mercato.cart.CartCaller;
import io.mercato.cart.CartShopping;
import io.mercato.cart.Checkout;
import io.mercato.ordering.PaymentMethod;
import io.mercato.ordering.PlacedOrder;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.Idempotent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checkout: the caller's cart becomes an order, whole or not at all. A logged-in customer
 * names addresses of their address book; a guest sends the cart token with their contact
 * and the addresses inline.
 */
@Tag(name = "Cart")
@RestController
class CheckoutController {

	private final CartShopping carts;

	CheckoutController(CartShopping carts) {
		this.carts = carts;
	}

	@Operation(summary = "Check out the cart",
			description = "Places an order of the cart's lines at the catalog's current prices, with the cart's "
					+ "promotion code, in one transaction: the stock of every line is reserved (all or none), "
					+ "shipping priced, the promotion redeemed, tax and totals worked out, and the cart marked "
					+ "checked out, so that the customer's next cart is a new one and a guest's token opens nothing. "
					+ "Any refusal leaves the cart as it was and no order. The order waits PENDING and UNPAID for "
					+ "its payment while the stock stays reserved. A logged-in customer sends shipping_address_id "
					+ "(and billing_address_id) of their address book; a guest sends X-Cart-Token, customer_email, "
					+ "customer_name and shipping_address (and billing_address), and receives the order_token once.")
	@ApiResponse(responseCode = "201", description = "The order; a guest's carries its order_token")
	@ApiResponse(responseCode = "400",
			description = "validation_failed: a field breaks a rule, or is not for this kind of caller "
					+ "(an address id from a guest, an inline address from a customer)")
	@ApiResponse(responseCode = "404",
			description = "address_not_found: an address id not of the customer's book; cart_not_found: a guest "
					+ "sent no token or one of no active cart")
	@ApiResponse(responseCode = "409",
			description = "empty_cart; insufficient_stock (the items member gives product_id, requested and "
					+ "available of every short line); price_changed (the subtotal is not expected_subtotal); "
					+ "promotion_not_applicable (the cart's code no longer applies, with a reason); "
					+ "product_unavailable (items names lines no longer for sale); shipping_unavailable")
	@Idempotent
	@PostMapping("/api/v1/checkout")
	ResponseEntity<PlacedOrder> checkout(@AuthenticationPrincipal CurrentUser user,
			@Parameter(in = ParameterIn.HEADER,
					description = "A guest cart's token; a guest needs it. With a login, the guest cart is merged "
							+ "into the customer's first.") @RequestHeader(name = CartController.CART_TOKEN,
									required = false) String token,
			@Valid @RequestBody CheckoutRequest request) {
		PlacedOrder placed = this.carts.checkout(new CartCaller(user, token), request.toCheckout());
		return ResponseEntity.created(URI.create("/api/v1/orders/" + placed.order().id())).body(placed);
	}

	record CheckoutRequest(
			@Schema(description = "A logged-in customer's address to ship to") @Nullable UUID shippingAddressId,
			@Schema(description = "A logged-in customer's billing address; the shipping address when left out") @Nullable UUID billingAddressId,
			@Schema(description = "A guest's email") @Email @Size(max = 254) @Nullable String customerEmail,
			@Schema(description = "A guest's name") @Size(max = 150) @Nullable String customerName,
			@Schema(description = "A guest's phone, with its country code or in the shipping country's format") @Size(
					max = 40) @Nullable String customerPhone,
			@Schema(description = "A guest's address to ship to") @Valid @Nullable InlineAddress shippingAddress,
			@Schema(description = "A guest's billing address; the shipping address when left out") @Valid @Nullable InlineAddress billingAddress,
			@Schema(description = "The shipping method's code; the cheapest that ships there when left out",
					example = "standard") @Size(max = 64) @Nullable String shippingMethod,
			@NotNull PaymentMethod paymentMethod,
			@Schema(description = "A note to the shop") @Size(max = 1000) @Nullable String notes,
			@Schema(description = "The subtotal the customer was shown; another subtotal now answers 409 "
					+ "price_changed") @Nullable Money expectedSubtotal) {

		Checkout toCheckout() {
			return new Checkout(this.shippingAddressId, this.billingAddressId, this.customerEmail, this.customerName,
					this.customerPhone, (this.shippingAddress != null) ? this.shippingAddress.toDraft() : null,
					(this.billingAddress != null) ? this.billingAddress.toDraft() : null, this.shippingMethod,
					this.paymentMethod, this.notes, this.expectedSubtotal);
		}

	}

	/**
	 * An address a guest gives inline, checked by the address book's rules.
	 */
	record InlineAddress(@Size(max = 100) String fullName, @Size(max = 200) String line1,
			@Size(max = 200) @Nullable String line2, @Size(max = 100) String city,
			@Size(max = 100) @Nullable String region, @Size(max = 32) String postalCode,
			@Schema(description = "ISO 3166-1 alpha-2", example = "DE") @Size(max = 16) String country,
			@Size(max = 40) @Nullable String phone) {

		AddressDraft toDraft() {
			// the type is the service's to set: shipping or billing by the field
			return new AddressDraft(null, this.fullName, this.line1, this.line2, this.city, this.region,
					this.postalCode, this.country, this.phone);
		}

	}

}
