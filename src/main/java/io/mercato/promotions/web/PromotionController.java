package io.mercato.promotions.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mercato.promotions.PromotionAdministration;
import io.mercato.promotions.PromotionDraft;
import io.mercato.promotions.PromotionPatch;
import io.mercato.promotions.PromotionScope;
import io.mercato.promotions.PromotionType;
import io.mercato.promotions.PromotionView;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.NumberedPage;
import io.mercato.shared.web.PagingQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Promotions, for admins (all of them) and verified shopkeepers (their own, on their own
 * products); another shopkeeper's promotion answers 404 {@code promotion_not_found}, as
 * an unknown one does.
 */
@Tag(name = "Promotions")
@SecurityRequirement(name = "bearerAuth")
@RestController
class PromotionController {

	private static final String PROBLEM = "application/problem+json";

	private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

	private final PromotionAdministration promotions;

	PromotionController(PromotionAdministration promotions) {
		this.promotions = promotions;
	}

	@Operation(summary = "List promotions",
			description = "Newest first: every promotion for admins, their own for a shopkeeper.")
	@ApiResponse(responseCode = "200", description = "A page of promotions")
	@GetMapping("/api/v1/promotions")
	NumberedPage<PromotionResponse> listPromotions(@AuthenticationPrincipal CurrentUser caller,
			@Parameter(description = "Only active (true) or inactive (false) promotions") @RequestParam(name = "active",
					required = false) Boolean active,
			@Parameter(description = "A fragment of the code or name, any case") @RequestParam(required = false) @Size(
					max = 100) String search,
			@RequestParam(defaultValue = "1") @Min(1) int page, @RequestParam(name = "page_size",
					defaultValue = "20") @Min(1) @Max(PagingQuery.MAX_PAGE_SIZE) int pageSize) {
		return NumberedPage.of(this.promotions.promotions(caller, active, search,
				new PagingQuery(page, pageSize).toPageable(Sort.unsorted())), PromotionResponse::of);
	}

	@Operation(summary = "Show a promotion")
	@ApiResponse(responseCode = "200", description = "The promotion")
	@ApiResponse(responseCode = "404", description = "promotion_not_found: unknown, deleted, or another shopkeeper's",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@GetMapping("/api/v1/promotions/{id}")
	PromotionResponse showPromotion(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id) {
		return PromotionResponse.of(this.promotions.promotion(caller, id));
	}

	@Operation(summary = "Create a promotion",
			description = "A code makes it apply when a customer enters it; without one it applies by itself. "
					+ "A shopkeeper may only discount their own products: scope SHOPKEEPER (themselves) or "
					+ "PRODUCTS of theirs.")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "403",
			description = "shopkeeper_not_verified: the caller's shop is not verified; forbidden: the caller's "
					+ "role does not allow this request",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "409", description = "promotion_code_taken: another live promotion has the code",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@PostMapping("/api/v1/promotions")
	ResponseEntity<PromotionResponse> createPromotion(@AuthenticationPrincipal CurrentUser caller,
			@Valid @RequestBody PromotionRequest request) {
		PromotionView promotion = this.promotions.createPromotion(caller, request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/promotions/" + promotion.id()))
			.body(PromotionResponse.of(promotion));
	}

	@Operation(summary = "Replace a promotion",
			description = "Every field; optional fields left out are cleared, a missing is_active is true. "
					+ "Its uses and owner stay.")
	@ApiResponse(responseCode = "200", description = "The promotion as replaced")
	@ApiResponse(responseCode = "403",
			description = "shopkeeper_not_verified: the caller's shop is not verified; forbidden: the caller's "
					+ "role does not allow this request",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "404", description = "promotion_not_found",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "409", description = "promotion_code_taken: another live promotion has the code",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@PutMapping("/api/v1/promotions/{id}")
	PromotionResponse replacePromotion(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id,
			@Valid @RequestBody PromotionRequest request) {
		return PromotionResponse.of(this.promotions.replacePromotion(caller, id, request.toDraft()));
	}

	@Operation(summary = "Change parts of a promotion",
			description = "Only the fields given; a change of scope drops the old scope's ids unless given again.")
	@ApiResponse(responseCode = "200", description = "The promotion as changed")
	@ApiResponse(responseCode = "403",
			description = "shopkeeper_not_verified: the caller's shop is not verified; forbidden: the caller's "
					+ "role does not allow this request",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "404", description = "promotion_not_found",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "409", description = "promotion_code_taken: another live promotion has the code",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@PatchMapping("/api/v1/promotions/{id}")
	PromotionResponse patchPromotion(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id,
			@Valid @RequestBody PromotionPatchRequest request) {
		return PromotionResponse.of(this.promotions.patchPromotion(caller, id, request.toPatch()));
	}

	@Operation(summary = "Delete a promotion",
			description = "It stops applying, leaves the lists and frees its code; its row and uses stay for the "
					+ "orders that name them.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "promotion_not_found",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@DeleteMapping("/api/v1/promotions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deletePromotion(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id) {
		this.promotions.deletePromotion(caller, id);
	}

	/**
	 * A whole promotion: a missing {@code code} makes it automatic, a missing
	 * {@code is_active} active.
	 */
	record PromotionRequest(@Size(max = 32) String code, @NotBlank @Size(max = 200) String name,
			@Size(max = 2000) String description, @NotNull PromotionType type, @NotNull Money value,
			@NotNull Instant startsAt, @NotNull Instant endsAt, Money minimumSubtotal, Integer usageLimit,
			Integer perCustomerLimit, @NotNull PromotionScope scope, @Size(max = 100) List<@NotNull UUID> categoryIds,
			@Size(max = 100) List<@NotNull UUID> productIds, UUID shopkeeperId,
			@JsonProperty("is_active") Boolean active) {

		PromotionDraft toDraft() {
			return new PromotionDraft(this.code, this.name, this.description, this.type, this.value, this.startsAt,
					this.endsAt, this.minimumSubtotal, this.usageLimit, this.perCustomerLimit, this.scope,
					this.categoryIds, this.productIds, this.shopkeeperId, !Boolean.FALSE.equals(this.active));
		}

	}

	/**
	 * The fields of a promotion to change; those missing stay.
	 */
	record PromotionPatchRequest(@Size(max = 32) String code, @Size(min = 1, max = 200) String name,
			@Size(max = 2000) String description, PromotionType type, Money value, Instant startsAt, Instant endsAt,
			Money minimumSubtotal, Integer usageLimit, Integer perCustomerLimit, PromotionScope scope,
			@Size(max = 100) List<@NotNull UUID> categoryIds, @Size(max = 100) List<@NotNull UUID> productIds,
			UUID shopkeeperId, @JsonProperty("is_active") Boolean active) {

		PromotionPatch toPatch() {
			return new PromotionPatch(this.code, this.name, this.description, this.type, this.value, this.startsAt,
					this.endsAt, this.minimumSubtotal, this.usageLimit, this.perCustomerLimit, this.scope,
					this.categoryIds, this.productIds, this.shopkeeperId, this.active);
		}

	}

	record PromotionResponse(UUID id, @Nullable String code, boolean automatic, String name, String description,
			PromotionType type,
			@Schema(description = "The percentage (greater than 0, at most 100) or the fixed amount") Money value,
			Instant startsAt, Instant endsAt, @Nullable Money minimumSubtotal, @Nullable Integer usageLimit,
			@Nullable Integer perCustomerLimit, int usageCount, PromotionScope scope, List<UUID> categoryIds,
			List<UUID> productIds, @Schema(format = "uuid") @Nullable UUID shopkeeperId,
			@JsonProperty("is_active") boolean active, UUID ownerId, Instant createdAt, Instant updatedAt) {

		static PromotionResponse of(PromotionView promotion) {
			return new PromotionResponse(promotion.id(), promotion.code(), promotion.automatic(), promotion.name(),
					promotion.description(), promotion.type(), promotion.value(), promotion.startsAt(),
					promotion.endsAt(), promotion.minimumSubtotal(), promotion.usageLimit(),
					promotion.perCustomerLimit(), promotion.usageCount(), promotion.scope(), promotion.categoryIds(),
					promotion.productIds(), promotion.shopkeeperId(), promotion.active(), promotion.ownerId(),
					promotion.createdAt(), promotion.updatedAt());
		}

	}

}
