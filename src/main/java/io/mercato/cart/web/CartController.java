package io.mercato.cart.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mercato.cart.CartCaller;
import io.mercato.cart.CartShopping;
import io.mercato.cart.CartView;
import io.mercato.cart.GuestCart;
import io.mercato.promotions.PromotionType;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's cart. A logged-in customer's cart is found by their login; a guest's by
 * the token {@code POST /api/v1/carts} gave, sent back as {@code X-Cart-Token}. A
 * customer who logs in and sends their guest token once more has that cart merged into
 * theirs.
 */
@Tag(name = "Cart")
@RestController
class CartController {

	static final String CART_TOKEN = "X-Cart-Token";

	private static final String TOKEN_DESCRIPTION = "A guest cart's token. With a login, the guest cart is merged "
			+ "into the customer's cart (units summed, capped by the stock) and the token opens nothing afterwards.";

	private final CartShopping carts;

	CartController(CartShopping carts) {
		this.carts = carts;
	}

	@Operation(summary = "Start a guest cart",
			description = "For visitors without a login. The token is shown once: send it as X-Cart-Token.")
	@ApiResponse(responseCode = "201", description = "The new, empty cart and its token")
	@ApiResponse(responseCode = "409", description = "signed_in: a logged-in customer has a cart already")
	@PostMapping("/api/v1/carts")
	ResponseEntity<GuestCartResponse> startGuestCart(@AuthenticationPrincipal CurrentUser user) {
		GuestCart cart = this.carts.startGuestCart(new CartCaller(user, null));
		return ResponseEntity.status(HttpStatus.CREATED).body(GuestCartResponse.of(cart));
	}

	@Operation(summary = "Show the cart",
			description = "Every line at the catalog's current price, with the units the stock can still sell and "
					+ "what stands in the way of buying it; subtotal, discount and total before shipping and tax. "
					+ "A logged-in customer without a cart (or whose cart was checked out) gets a new, empty one.")
	@ApiResponse(responseCode = "200", description = "The cart")
	@ApiResponse(responseCode = "404", description = "cart_not_found: a guest sent no token or an unknown one")
	@GetMapping("/api/v1/cart")
	CartResponse showCart(@AuthenticationPrincipal CurrentUser user, @Parameter(in = ParameterIn.HEADER,
			description = TOKEN_DESCRIPTION) @RequestHeader(name = CART_TOKEN, required = false) String token) {
		return CartResponse.of(this.carts.cart(new CartCaller(user, token)));
	}

	@Operation(summary = "Empty the cart", description = "Removes every line and the promotion code.")
	@ApiResponse(responseCode = "204", description = "Emptied")
	@ApiResponse(responseCode = "404", description = "cart_not_found")
	@DeleteMapping("/api/v1/cart")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void clearCart(@AuthenticationPrincipal CurrentUser user, @Parameter(in = ParameterIn.HEADER,
			description = TOKEN_DESCRIPTION) @RequestHeader(name = CART_TOKEN, required = false) String token) {
		this.carts.clear(new CartCaller(user, token));
	}

	@Operation(summary = "Add a product to the cart",
			description = "Adds the units to the product's line, or starts one. The stock must have them all; they "
					+ "are not reserved until checkout. A cart holds at most 100 lines of at most 1000 units.")
	@ApiResponse(responseCode = "201", description = "The product's line as it now is")
	@ApiResponse(responseCode = "403", description = "own_product: a shopkeeper cannot buy their own product")
	@ApiResponse(responseCode = "404", description = "product_not_found, or cart_not_found")
	@ApiResponse(responseCode = "409",
			description = "insufficient_stock (the items member gives product_id, requested and available), "
					+ "product_unavailable (not for sale), cart_full or quantity_limit_exceeded")
	@PostMapping("/api/v1/cart/items")
	ResponseEntity<CartItemResponse> addItem(
			@AuthenticationPrincipal CurrentUser user, @Parameter(in = ParameterIn.HEADER,
					description = TOKEN_DESCRIPTION) @RequestHeader(name = CART_TOKEN, required = false) String token,
			@Valid @RequestBody AddItemRequest request) {
		CartView.Item item = this.carts.addItem(new CartCaller(user, token), request.productId(), request.quantity());
		return ResponseEntity.status(HttpStatus.CREATED).body(CartItemResponse.of(item));
	}

	@Operation(summary = "Change the units of a line",
			description = "0 removes the line (204). Raising the units needs the stock to have them; lowering "
					+ "always works.")
	@ApiResponse(responseCode = "200", description = "The line as it now is")
	@ApiResponse(responseCode = "204", description = "The line was removed", content = @Content)
	@ApiResponse(responseCode = "404", description = "cart_item_not_found: not a line of the caller's cart")
	@ApiResponse(responseCode = "409",
			description = "insufficient_stock, product_unavailable or quantity_limit_exceeded")
	@PatchMapping("/api/v1/cart/items/{id}")
	ResponseEntity<CartItemResponse> changeItem(@AuthenticationPrincipal CurrentUser user,
			@Parameter(in = ParameterIn.HEADER, description = TOKEN_DESCRIPTION) @RequestHeader(name = CART_TOKEN,
					required = false) String token,
			@PathVariable UUID id, @Valid @RequestBody ChangeItemRequest request) {
		CartView.Item item = this.carts.changeItem(new CartCaller(user, token), id, request.quantity());
		return (item != null) ? ResponseEntity.ok(CartItemResponse.of(item)) : ResponseEntity.noContent().build();
	}

	@Operation(summary = "Remove a line")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "404", description = "cart_item_not_found: not a line of the caller's cart")
	@DeleteMapping("/api/v1/cart/items/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeItem(
			@AuthenticationPrincipal CurrentUser user, @Parameter(in = ParameterIn.HEADER,
					description = TOKEN_DESCRIPTION) @RequestHeader(name = CART_TOKEN, required = false) String token,
			@PathVariable UUID id) {
		this.carts.removeItem(new CartCaller(user, token), id);
	}

	@Operation(summary = "Enter a promotion code",
			description = "The code must apply to the cart now; it replaces any code entered before. Whether it "
					+ "still applies is checked again whenever the cart is shown and at checkout.")
	@ApiResponse(responseCode = "200", description = "The cart with its discount")
	@ApiResponse(responseCode = "404", description = "cart_not_found")
	@ApiResponse(responseCode = "409", description = "promotion_not_applicable, with a reason member "
			+ "(unknown_code, inactive, not_started, expired, usage_limit_reached, customer_usage_limit_reached, "
			+ "minimum_subtotal_not_met, no_matching_items); empty_cart")
	@PostMapping("/api/v1/cart/promotion")
	CartResponse applyPromotion(
			@AuthenticationPrincipal CurrentUser user, @Parameter(in = ParameterIn.HEADER,
					description = TOKEN_DESCRIPTION) @RequestHeader(name = CART_TOKEN, required = false) String token,
			@Valid @RequestBody PromotionCodeRequest request) {
		return CartResponse.of(this.carts.applyPromotion(new CartCaller(user, token), request.code()));
	}

	@Operation(summary = "Remove the promotion code",
			description = "Automatic promotions (without a code) still apply.")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "404", description = "cart_not_found")
	@DeleteMapping("/api/v1/cart/promotion")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removePromotion(@AuthenticationPrincipal CurrentUser user, @Parameter(in = ParameterIn.HEADER,
			description = TOKEN_DESCRIPTION) @RequestHeader(name = CART_TOKEN, required = false) String token) {
		this.carts.removePromotion(new CartCaller(user, token));
	}

	record AddItemRequest(@NotNull UUID productId, @NotNull @Min(1) @Max(1000) Integer quantity) {

	}

	record ChangeItemRequest(@NotNull @Min(0) @Max(1000) Integer quantity) {

	}

	record PromotionCodeRequest(@NotBlank @Size(max = 64) String code) {

	}

	record GuestCartResponse(@Schema(description = "Send as X-Cart-Token; shown only once") String cartToken,
			CartResponse cart) {

		static GuestCartResponse of(GuestCart cart) {
			return new GuestCartResponse(cart.cartToken(), CartResponse.of(cart.cart()));
		}

	}

	record CartResponse(UUID id, List<CartItemResponse> items,
			@Schema(description = "The lines that can be bought, at their current prices") Money subtotal,
			Money discountTotal, @Schema(description = "Subtotal less discount, before shipping and tax") Money total,
			@Schema(description = "The code entered, or the automatic promotion that applies; null for none") @Nullable CartPromotionResponse promotion,
			@Schema(description = "The units of every line") int totalItems) {

		static CartResponse of(CartView cart) {
			return new CartResponse(cart.id(), cart.items().stream().map(CartItemResponse::of).toList(),
					cart.subtotal(), cart.discountTotal(), cart.total(),
					(cart.promotion() != null) ? CartPromotionResponse.of(cart.promotion()) : null, cart.totalItems());
		}

	}

	record CartItemResponse(UUID id, UUID productId,
			@Schema(description = "Null when the product was deleted") @Nullable String name,
			@Schema(description = "Null when the product was deleted") @Nullable String slug,
			@Schema(description = "The product's primary picture") @Nullable String image,
			@Schema(description = "The catalog's price now; null when the product was deleted") @Nullable Money unitPrice,
			int quantity, @Schema(description = "Zero for a line that cannot be bought") Money lineTotal,
			@Schema(description = "The units the stock can still sell") int available,
			@Schema(description = "What stands in the way of buying the line; empty when nothing does") List<ItemProblem> problems) {

		static CartItemResponse of(CartView.Item item) {
			return new CartItemResponse(item.id(), item.productId(), item.name(), item.slug(), item.image(),
					item.unitPrice(), item.quantity(), item.lineTotal(), item.available(),
					item.problems().stream().map(ItemProblem::of).toList());
		}

	}

	record CartPromotionResponse(@Schema(description = "Null for an automatic promotion") @Nullable String code,
			@Nullable String name, @Nullable PromotionType type, boolean applicable,
			@Schema(description = "Why the code does not apply, such as expired or minimum_subtotal_not_met") @Nullable String reason,
			@Nullable String message) {

		static CartPromotionResponse of(CartView.Promotion promotion) {
			return new CartPromotionResponse(promotion.code(), promotion.name(), promotion.type(),
					promotion.applicable(), promotion.reason(), promotion.message());
		}

	}

	/**
	 * What stands in the way of buying a line, as clients read it.
	 */
	enum ItemProblem {

		unavailable, out_of_stock, insufficient_stock;

		static ItemProblem of(CartView.LineProblem problem) {
			return switch (problem) {
				case UNAVAILABLE -> unavailable;
				case OUT_OF_STOCK -> out_of_stock;
				case INSUFFICIENT_STOCK -> insufficient_stock;
			};
		}

	}

}
