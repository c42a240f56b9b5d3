package io.mercato.catalog.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.mercato.catalog.BrandAdministration;
import io.mercato.catalog.BrandDraft;
import io.mercato.catalog.BrandPatch;
import io.mercato.catalog.CatalogView;
import io.mercato.shared.web.NumberedPage;
import io.mercato.shared.web.PagingQuery;
import io.swagger.v3.oas.annotations.Operation;
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
 * Brands: anyone reads them, admins keep them.
 */
@Tag(name = "Categories and brands")
@RestController
class BrandController {

	private final BrandAdministration brands;

	BrandController(BrandAdministration brands) {
		this.brands = brands;
	}

	@Operation(summary = "List brands", description = "Public. By name.")
	@GetMapping("/api/v1/brands")
	NumberedPage<BrandResponse> listBrands(@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(name = "page_size",
					defaultValue = "20") @Min(1) @Max(PagingQuery.MAX_PAGE_SIZE) int pageSize) {
		return NumberedPage.of(this.brands.brands(new PagingQuery(page, pageSize).toPageable(Sort.unsorted())),
				BrandResponse::of);
	}

	@Operation(summary = "Show a brand", description = "Public.")
	@GetMapping("/api/v1/brands/{id}")
	BrandResponse showBrand(@PathVariable UUID id) {
		return BrandResponse.of(this.brands.brand(id));
	}

	@Operation(summary = "Create a brand")
	@ApiResponse(responseCode = "201", description = "Created")
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/api/v1/brands")
	ResponseEntity<BrandResponse> createBrand(@Valid @RequestBody BrandRequest request) {
		CatalogView.Brand brand = this.brands.createBrand(request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/brands/" + brand.id())).body(BrandResponse.of(brand));
	}

	@Operation(summary = "Replace a brand", description = "The slug stays.")
	@SecurityRequirement(name = "bearerAuth")
	@PutMapping("/api/v1/brands/{id}")
	BrandResponse replaceBrand(@PathVariable UUID id, @Valid @RequestBody BrandRequest request) {
		return BrandResponse.of(this.brands.replaceBrand(id, request.toDraft()));
	}

	@Operation(summary = "Change parts of a brand")
	@SecurityRequirement(name = "bearerAuth")
	@PatchMapping("/api/v1/brands/{id}")
	BrandResponse patchBrand(@PathVariable UUID id, @Valid @RequestBody BrandPatchRequest request) {
		return BrandResponse.of(this.brands.patchBrand(id, request.toPatch()));
	}

	@Operation(summary = "Delete a brand", description = "Its products keep existing without a brand.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@SecurityRequirement(name = "bearerAuth")
	@DeleteMapping("/api/v1/brands/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteBrand(@PathVariable UUID id) {
		this.brands.deleteBrand(id);
	}

	/**
	 * A whole brand: a missing {@code logo_url} removes the logo.
	 */
	record BrandRequest(@NotBlank @Size(max = 100) String name, @Size(max = 2048) @Pattern(regexp = "https?://\\S+",
			message = "must be an http or https URL") String logoUrl) {

		BrandDraft toDraft() {
			return new BrandDraft(this.name, this.logoUrl);
		}

	}

	/**
	 * The fields of a brand to change; those missing stay.
	 */
	record BrandPatchRequest(@Size(min = 1, max = 100) String name, @Size(max = 2048) @Pattern(regexp = "https?://\\S+",
			message = "must be an http or https URL") String logoUrl) {

		BrandPatch toPatch() {
			return new BrandPatch(this.name, this.logoUrl);
		}

	}

	record BrandResponse(UUID id, String name, String slug, @Nullable String logoUrl, Instant createdAt) {

		static BrandResponse of(CatalogView.Brand brand) {
			return new BrandResponse(brand.id(), brand.name(), brand.slug(), brand.logoUrl(), brand.createdAt());
		}

	}

}
