package io.mercato.inventory.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mercato.catalog.StockStatus;
import io.mercato.inventory.StockKeeping;
import io.mercato.inventory.MovementReason;
import io.mercato.inventory.StockLevel;
import io.mercato.inventory.StockMovement;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.CursorPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A product's stock and its ledger, for the product's shopkeeper and admins; anyone else
 * gets 404 {@code product_not_found}, as for an unknown product.
 */
@Tag(name = "Inventory")
@SecurityRequirement(name = "bearerAuth")
@RestController
class InventoryController {

	private static final String PROBLEM = "application/problem+json";

	private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

	private final StockKeeping stockKeeping;

	InventoryController(StockKeeping stockKeeping) {
		this.stockKeeping = stockKeeping;
	}

	@Operation(summary = "Show a product's stock",
			description = "Quantity on hand, reserved and available units, the low-stock threshold and status. "
					+ "A product never stocked has zero of everything.")
	@ApiResponse(responseCode = "200", description = "The stock")
	@ApiResponse(responseCode = "404",
			description = "product_not_found: unknown, deleted, or not the caller's (customers own none)",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@GetMapping("/api/v1/products/{id}/inventory")
	StockResponse showStock(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id) {
		return StockResponse.of(this.stockKeeping.stock(caller, id));
	}

	@Operation(summary = "Change a product's low-stock threshold",
			description = "At or under this many available units the product shows as LOW_STOCK and a fall to it "
					+ "notifies the shopkeeper.")
	@ApiResponse(responseCode = "200", description = "The stock with the new threshold")
	@ApiResponse(responseCode = "404", description = "product_not_found",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@PatchMapping("/api/v1/products/{id}/inventory")
	StockResponse changeThreshold(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id,
			@Valid @RequestBody ThresholdRequest request) {
		return StockResponse.of(this.stockKeeping.changeLowStockThreshold(caller, id, request.lowStockThreshold()));
	}

	@Operation(summary = "Restock a product",
			description = "Adds arrived units to the quantity on hand. A shopkeeper must be verified and active.")
	@ApiResponse(responseCode = "200", description = "The stock after the restock")
	@ApiResponse(responseCode = "403",
			description = "shopkeeper_not_verified: the caller's shop is not verified; forbidden: the caller's "
					+ "role does not allow this request",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "404", description = "product_not_found",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@PostMapping("/api/v1/products/{id}/inventory/restock")
	StockResponse restock(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id,
			@Valid @RequestBody RestockRequest request) {
		return StockResponse.of(this.stockKeeping.restock(caller, id, request.quantity(), request.note()));
	}

	@Operation(summary = "Adjust a product's quantity on hand",
			description = "After a count or a loss: a positive or negative delta with the reason. The quantity "
					+ "never falls below the reserved units.")
	@ApiResponse(responseCode = "200", description = "The stock after the adjustment")
	@ApiResponse(responseCode = "403",
			description = "shopkeeper_not_verified: a positive delta from a shop that is not verified; forbidden: the "
					+ "caller's role does not allow this request",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "404", description = "product_not_found",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "409",
			description = "insufficient_stock: the quantity would fall below the reserved units or below zero",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@PostMapping("/api/v1/products/{id}/inventory/adjust")
	StockResponse adjustStock(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id,
			@Valid @RequestBody AdjustRequest request) {
		return StockResponse.of(this.stockKeeping.adjust(caller, id, request.delta(), request.reason()));
	}

	@Operation(summary = "List a product's stock movements",
			description = "The ledger, newest first: every change of the quantity or the reserved units.")
	@ApiResponse(responseCode = "200", description = "A page of movements")
	@ApiResponse(responseCode = "404", description = "product_not_found",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@GetMapping("/api/v1/products/{id}/inventory/movements")
	CursorPage<MovementResponse> listMovements(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id,
			@RequestParam(name = CursorPage.CURSOR_PARAMETER, required = false) String cursor,
			@RequestParam(name = "page_size", defaultValue = "20") @Min(1) @Max(100) int pageSize) {
		return CursorPage.of(this.stockKeeping.movements(caller, id, cursor, pageSize).map(MovementResponse::of));
	}

	@Operation(summary = "List products with low stock",
			description = "Products at or under their low-stock threshold, fewest available first: the caller's own, "
					+ "or every shop's for admins. Products never stocked are not listed.")
	@ApiResponse(responseCode = "200", description = "A page of products")
	@GetMapping("/api/v1/inventory/low-stock")
	CursorPage<LowStockResponse> listLowStock(@AuthenticationPrincipal CurrentUser caller,
			@RequestParam(name = CursorPage.CURSOR_PARAMETER, required = false) String cursor,
			@RequestParam(name = "page_size", defaultValue = "20") @Min(1) @Max(100) int pageSize) {
		return CursorPage.of(this.stockKeeping.lowStock(caller, cursor, pageSize).map(LowStockResponse::of));
	}

	record ThresholdRequest(@NotNull @Min(0) @Max(StockKeeping.MAX_QUANTITY) Integer lowStockThreshold) {

	}

	record RestockRequest(@NotNull @Min(1) @Max(StockKeeping.MAX_QUANTITY) Integer quantity,
			@Size(max = 500) String note) {

	}

	record AdjustRequest(@NotNull @Min(-StockKeeping.MAX_QUANTITY) @Max(StockKeeping.MAX_QUANTITY) Integer delta,
			@NotBlank @Size(max = 500) String reason) {

	}

	record StockResponse(UUID productId, int quantity, int reserved, int available, int lowStockThreshold,
			StockStatus stockStatus, @Schema(format = "date-time") @Nullable Instant lastRestockedAt) {

		static StockResponse of(StockLevel stock) {
			return new StockResponse(stock.productId(), stock.quantity(), stock.reserved(), stock.available(),
					stock.lowStockThreshold(), stock.stockStatus(), stock.lastRestockedAt());
		}

	}

	record MovementResponse(UUID id, UUID productId, int deltaQuantity, int deltaReserved, MovementReason reason,
			@Nullable String reference, @Nullable String note, @Schema(format = "uuid") @Nullable UUID actorId,
			Instant createdAt) {

		static MovementResponse of(StockMovement movement) {
			return new MovementResponse(movement.id(), movement.productId(), movement.deltaQuantity(),
					movement.deltaReserved(), movement.reason(), movement.reference(), movement.note(),
					movement.actorId(), movement.createdAt());
		}

	}

	record LowStockResponse(UUID productId, String name, String sku, int quantity, int reserved, int available,
			int lowStockThreshold, StockStatus stockStatus) {

		static LowStockResponse of(StockKeeping.LowStockProduct product) {
			StockLevel stock = product.stock();
			return new LowStockResponse(stock.productId(), product.name(), product.sku(), stock.quantity(),
					stock.reserved(), stock.available(), stock.lowStockThreshold(), stock.stockStatus());
		}

	}

}
