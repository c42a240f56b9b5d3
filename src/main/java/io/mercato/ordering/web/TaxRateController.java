package io.mercato.ordering.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mercato.ordering.TaxRateAdministration;
import io.mercato.ordering.TaxRateDraft;
import io.mercato.ordering.TaxRatePatch;
import io.mercato.ordering.TaxRateView;
import io.mercato.shared.web.NumberedPage;
import io.mercato.shared.web.PagingQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
 * Tax rates per country and region, for admins. An order is taxed at its region's rate
 * where the country has one, else at the country-wide rate, else not at all.
 */
@Tag(name = "Tax rates")
@SecurityRequirement(name = "bearerAuth")
@RestController
class TaxRateController {

	private static final String RATE_IN = "A percentage from 0 to 100 with at most three decimals, as a decimal "
			+ "string (\"19\", \"8.875\"); a JSON number is read too.";

	private static final String RATE_IN_PATTERN = "^[0-9]{1,3}(\\.[0-9]{1,3})?$";

	private static final String REGION = "A part of the country (a state, a province) the rate is for, such as CA "
			+ "for California: stored trimmed, matched in any case. Left out, null or blank for the country-wide "
			+ "rate.";

	private final TaxRateAdministration rates;

	TaxRateController(TaxRateAdministration rates) {
		this.rates = rates;
	}

	@Operation(summary = "List tax rates",
			description = "By country, then region; each country's country-wide rate first.")
	@GetMapping("/api/v1/tax-rates")
	NumberedPage<TaxRateResponse> listTaxRates(
			@Parameter(description = "Only this country's rates: an ISO 3166-1 alpha-2 code in upper case",
					example = "US") @RequestParam(required = false) @Size(max = 2) String country,
			@RequestParam(defaultValue = "1") @Min(1) int page, @RequestParam(name = "page_size",
					defaultValue = "20") @Min(1) @Max(PagingQuery.MAX_PAGE_SIZE) int pageSize) {
		return NumberedPage.of(
				this.rates.taxRates(country, new PagingQuery(page, pageSize).toPageable(Sort.unsorted())),
				TaxRateResponse::of);
	}

	@Operation(summary = "Show a tax rate")
	@ApiResponse(responseCode = "200", description = "The rate")
	@ApiResponse(responseCode = "404", description = "tax_rate_not_found: unknown or deleted")
	@GetMapping("/api/v1/tax-rates/{id}")
	TaxRateResponse showTaxRate(@PathVariable UUID id) {
		return TaxRateResponse.of(this.rates.taxRate(id));
	}

	@Operation(summary = "Create a tax rate",
			description = "A country has at most one rate for each region, and one country-wide rate.")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "409",
			description = "tax_rate_exists: the country has a rate for the region (or a country-wide one) already")
	@PostMapping("/api/v1/tax-rates")
	ResponseEntity<TaxRateResponse> createTaxRate(@Valid @RequestBody TaxRateRequest request) {
		TaxRateView rate = this.rates.createTaxRate(request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/tax-rates/" + rate.id())).body(TaxRateResponse.of(rate));
	}

	@Operation(summary = "Replace a tax rate",
			description = "Sets every field; a missing region makes the rate country-wide. Orders already placed "
					+ "keep the tax they were charged.")
	@ApiResponse(responseCode = "200", description = "The rate as replaced")
	@ApiResponse(responseCode = "404", description = "tax_rate_not_found: unknown or deleted")
	@ApiResponse(responseCode = "409", description = "tax_rate_exists: another rate has the country and region")
	@PutMapping("/api/v1/tax-rates/{id}")
	TaxRateResponse replaceTaxRate(@PathVariable UUID id, @Valid @RequestBody TaxRateRequest request) {
		return TaxRateResponse.of(this.rates.replaceTaxRate(id, request.toDraft()));
	}

	@Operation(summary = "Change parts of a tax rate",
			description = "Changes the fields given; a blank region makes the rate country-wide.")
	@ApiResponse(responseCode = "200", description = "The rate as changed")
	@ApiResponse(responseCode = "404", description = "tax_rate_not_found: unknown or deleted")
	@ApiResponse(responseCode = "409", description = "tax_rate_exists: another rate has the country and region")
	@PatchMapping("/api/v1/tax-rates/{id}")
	TaxRateResponse patchTaxRate(@PathVariable UUID id, @Valid @RequestBody TaxRatePatchRequest request) {
		return TaxRateResponse.of(this.rates.patchTaxRate(id, request.toPatch()));
	}

	@Operation(summary = "Delete a tax rate",
			description = "For good; orders already placed keep the tax they were charged. Orders placed afterwards "
					+ "in its region fall back to the country-wide rate, if any.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "tax_rate_not_found: unknown or already deleted")
	@DeleteMapping("/api/v1/tax-rates/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteTaxRate(@PathVariable UUID id) {
		this.rates.deleteTaxRate(id);
	}

	/**
	 * A whole tax rate.
	 */
	record TaxRateRequest(
			@Schema(description = "ISO 3166-1 alpha-2 code in upper case",
					example = "US") @NotBlank @Size(max = 2) String country,
			@Schema(description = REGION, example = "CA") @Size(max = 100) @Nullable String region,
			@Schema(description = "What the tax is called on an order",
					example = "Sales tax") @NotBlank @Size(max = 100) String name,
			@Schema(description = RATE_IN, type = "string", pattern = RATE_IN_PATTERN,
					example = "8.875") @NotNull BigDecimal rate,
			@Schema(description = "Whether shipping is taxed as well as the goods") @NotNull Boolean appliesToShipping) {

		TaxRateDraft toDraft() {
			return new TaxRateDraft(this.country, this.region, this.name, this.rate, this.appliesToShipping);
		}

	}

	/**
	 * The fields of a tax rate to change; those missing stay.
	 */
	record TaxRatePatchRequest(
			@Schema(description = "ISO 3166-1 alpha-2 code in upper case", example = "US") @Size(min = 1,
					max = 2) String country,
			@Schema(description = "A part of the country, matched in any case; blank for the country-wide rate",
					example = "CA") @Size(max = 100) String region,
			@Schema(description = "What the tax is called on an order") @Size(min = 1, max = 100) String name,
			@Schema(description = RATE_IN, type = "string", pattern = RATE_IN_PATTERN,
					example = "8.875") BigDecimal rate,
			@Schema(description = "Whether shipping is taxed as well as the goods") Boolean appliesToShipping) {

		TaxRatePatch toPatch() {
			return new TaxRatePatch(this.country, this.region, this.name, this.rate, this.appliesToShipping);
		}

	}

	record TaxRateResponse(UUID id, @Schema(example = "US") String country,
			@Schema(description = "The part of the country; null for the country-wide rate",
					example = "CA") @Nullable String region,
			@Schema(example = "Sales tax") String name,
			@Schema(description = "The percentage as a decimal string with exactly three decimals",
					pattern = "^[0-9]{1,3}\\.[0-9]{3}$", example = "8.875") String rate,
			boolean appliesToShipping, long version, Instant createdAt, Instant updatedAt) {

		static TaxRateResponse of(TaxRateView rate) {
			return new TaxRateResponse(rate.id(), rate.country(), rate.region(), rate.name(),
					rate.rate().toPlainString(), rate.appliesToShipping(), rate.version(), rate.createdAt(),
					rate.updatedAt());
		}

	}

}
