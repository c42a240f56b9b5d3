package io.mercato.shipping.web;

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
import io.mercato.shared.domain.Money;
import io.mercato.shared.web.NumberedPage;
import io.mercato.shared.web.PagingQuery;
import io.mercato.shipping.RateRule;
import io.mercato.shipping.ShippingAdministration;
import io.mercato.shipping.ShippingMethodDraft;
import io.mercato.shipping.ShippingMethodPatch;
import io.mercato.shipping.ShippingMethodView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * Shipping methods and their rate rules, for admins. A method's rules are part of its
 * body and replaced whole.
 */
@Tag(name = "Shipping")
@SecurityRequirement(name = "bearerAuth")
@RestController
class ShippingMethodController {

	private static final String RULES_DESCRIPTION = "What the method charges per zone: a rule naming the destination "
			+ "country wins over the rule for every country (countries left out). At most one rule for every "
			+ "country; a country in at most one rule.";

	private final ShippingAdministration methods;

	ShippingMethodController(ShippingAdministration methods) {
		this.methods = methods;
	}

	@Operation(summary = "List shipping methods", description = "Live methods, active or not, by code.")
	@GetMapping("/api/v1/shipping/methods")
	NumberedPage<MethodResponse> listMethods(@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(name = "page_size",
					defaultValue = "20") @Min(1) @Max(PagingQuery.MAX_PAGE_SIZE) int pageSize) {
		return NumberedPage.of(this.methods.methods(new PagingQuery(page, pageSize).toPageable(Sort.unsorted())),
				MethodResponse::of);
	}

	@Operation(summary = "Show a shipping method")
	@ApiResponse(responseCode = "200", description = "The method")
	@ApiResponse(responseCode = "404", description = "method_not_found: unknown or deleted")
	@GetMapping("/api/v1/shipping/methods/{id}")
	MethodResponse showMethod(@PathVariable UUID id) {
		return MethodResponse.of(this.methods.method(id));
	}

	@Operation(summary = "Create a shipping method",
			description = "The code names the method for good (orders keep it): it never changes, and no other "
					+ "method may ever take it, not even after this one is deleted.")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "409", description = "method_code_taken: a method, perhaps a deleted one, has the code")
	@PostMapping("/api/v1/shipping/methods")
	ResponseEntity<MethodResponse> createMethod(@Valid @RequestBody MethodRequest request) {
		ShippingMethodView method = this.methods.createMethod(request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/shipping/methods/" + method.id()))
			.body(MethodResponse.of(method));
	}

	@Operation(summary = "Replace a shipping method",
			description = "Sets every field and replaces every rule. The code must be the method's own.")
	@ApiResponse(responseCode = "200", description = "The method as replaced")
	@ApiResponse(responseCode = "404", description = "method_not_found: unknown or deleted")
	@PutMapping("/api/v1/shipping/methods/{id}")
	MethodResponse replaceMethod(@PathVariable UUID id, @Valid @RequestBody MethodRequest request) {
		return MethodResponse.of(this.methods.replaceMethod(id, request.toDraft()));
	}

	@Operation(summary = "Change parts of a shipping method",
			description = "Changes the fields given; rules given replace every rule of the method.")
	@ApiResponse(responseCode = "200", description = "The method as changed")
	@ApiResponse(responseCode = "404", description = "method_not_found: unknown or deleted")
	@PatchMapping("/api/v1/shipping/methods/{id}")
	MethodResponse patchMethod(@PathVariable UUID id, @Valid @RequestBody MethodPatchRequest request) {
		return MethodResponse.of(this.methods.patchMethod(id, request.toPatch()));
	}

	@Operation(summary = "Delete a shipping method",
			description = "Soft: the method is no longer listed or quoted; orders keep naming it, and its code "
					+ "stays taken. To stop offering a method for a while, set is_active to false instead.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "method_not_found: unknown or already deleted")
	@DeleteMapping("/api/v1/shipping/methods/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteMethod(@PathVariable UUID id) {
		this.methods.deleteMethod(id);
	}

	/**
	 * A rate rule; a missing {@code countries} means every country, a missing
	 * {@code per_kg_amount} zero and a missing {@code free_above} never free.
	 */
	record RuleBody(@Schema(description = "ISO 3166-1 alpha-2 codes in upper case; leave out for every country",
			example = "[\"DE\", \"AT\"]") @Size(min = 1, max = 300) List<@NotNull @Size(max = 2) String> countries,
			@NotNull Money flatAmount,
			@Schema(description = "Charged per started kilogram of the shipment's known weight") Money perKgAmount,
			@Schema(description = "Shipping is free when the order's subtotal is strictly above this") Money freeAbove) {

		RateRule toRule() {
			return new RateRule(this.countries, this.flatAmount,
					(this.perKgAmount != null) ? this.perKgAmount : Money.ZERO, this.freeAbove);
		}

		static List<RateRule> toRules(List<RuleBody> rules) {
			return (rules != null) ? rules.stream().map(RuleBody::toRule).toList() : null;
		}

	}

	/**
	 * A whole method, its rules included.
	 */
	record MethodRequest(@NotBlank @Size(max = 50) String code, @NotBlank @Size(max = 100) String name,
			@NotBlank @Size(max = 100) String carrier, @JsonProperty("is_active") @NotNull Boolean isActive,
			@NotNull @Min(0) @Max(365) Integer estimatedDaysMin, @NotNull @Min(0) @Max(365) Integer estimatedDaysMax,
			@Schema(description = RULES_DESCRIPTION) @NotNull @Size(min = 1,
					max = 50) List<@Valid @NotNull RuleBody> rules) {

		ShippingMethodDraft toDraft() {
			return new ShippingMethodDraft(this.code, this.name, this.carrier, this.isActive, this.estimatedDaysMin,
					this.estimatedDaysMax, RuleBody.toRules(this.rules));
		}

	}

	/**
	 * The fields of a method to change; those missing stay.
	 */
	record MethodPatchRequest(@Schema(description = "Only the method's own code") @Size(min = 1, max = 50) String code,
			@Size(min = 1, max = 100) String name, @Size(min = 1, max = 100) String carrier,
			@JsonProperty("is_active") Boolean isActive, @Min(0) @Max(365) Integer estimatedDaysMin,
			@Min(0) @Max(365) Integer estimatedDaysMax,
			@Schema(description = RULES_DESCRIPTION + " Given, they replace every rule.") @Size(min = 1,
					max = 50) List<@Valid @NotNull RuleBody> rules) {

		ShippingMethodPatch toPatch() {
			return new ShippingMethodPatch(this.code, this.name, this.carrier, this.isActive, this.estimatedDaysMin,
					this.estimatedDaysMax, RuleBody.toRules(this.rules));
		}

	}

	record RuleResponse(
			@Schema(description = "The zone's countries; null for every country") @Nullable List<String> countries,
			Money flatAmount, Money perKgAmount, @Nullable Money freeAbove) {

		static RuleResponse of(RateRule rule) {
			return new RuleResponse(rule.countries(), rule.flatAmount(), rule.perKgAmount(), rule.freeAbove());
		}

	}

	record MethodResponse(UUID id, String code, String name, String carrier,
			@JsonProperty("is_active") boolean isActive, int estimatedDaysMin, int estimatedDaysMax,
			List<RuleResponse> rules, long version, Instant createdAt, Instant updatedAt) {

		static MethodResponse of(ShippingMethodView method) {
			return new MethodResponse(method.id(), method.code(), method.name(), method.carrier(), method.active(),
					method.estimatedDaysMin(), method.estimatedDaysMax(),
					method.rules().stream().map(RuleResponse::of).toList(), method.version(), method.createdAt(),
					method.updatedAt());
		}

	}

}
