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

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mercato.catalog.CatalogView;
import io.mercato.catalog.CategoryManagement;
import io.mercato.shared.web.NumberedPage;
import io.mercato.shared.web.PagingQuery;
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
 * Categories and brands: anyone reads them, admins keep them.
 */
@Tag(name = "Categories and brands")
@RestController
class CategoryController {

	private final CategoryManagement catalog;

	CategoryController(CategoryManagement catalog) {
		this.catalog = catalog;
	}

	@Operation(summary = "List categories", description = "Public. By name.")
	@GetMapping("/api/v1/categories")
	NumberedPage<CategoryResponse> listCategories(@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(name = "page_size",
					defaultValue = "20") @Min(1) @Max(PagingQuery.MAX_PAGE_SIZE) int pageSize) {
		return NumberedPage.of(this.catalog.categories(new PagingQuery(page, pageSize).toPageable(Sort.unsorted())),
				CategoryResponse::of);
	}

	@Operation(summary = "Show a category", description = "Public.")
	@GetMapping("/api/v1/categories/{id}")
	CategoryResponse showCategory(@PathVariable UUID id) {
		return CategoryResponse.of(this.catalog.category(id));
	}

	@Operation(summary = "Create a category")
	@ApiResponse(responseCode = "201", description = "Created")
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/api/v1/categories")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<CategoryResponse> createCategory(@Valid @RequestBody CategoryRequest request) {
		CatalogView.Category category = this.catalog.createCategory(request.name(), request.parentId(),
				!Boolean.FALSE.equals(request.active()));
		return ResponseEntity.created(URI.create("/api/v1/categories/" + category.id()))
			.body(CategoryResponse.of(category));
	}

	@Operation(summary = "Replace a category", description = "The slug stays.")
	@SecurityRequirement(name = "bearerAuth")
	@PutMapping("/api/v1/categories/{id}")
	CategoryResponse replaceCategory(@PathVariable UUID id, @Valid @RequestBody CategoryRequest request) {
		return CategoryResponse.of(this.catalog.changeCategory(id, request.name(), request.parentId(),
				!Boolean.FALSE.equals(request.active())));
	}

	@Operation(summary = "Change parts of a category")
	@SecurityRequirement(name = "bearerAuth")
	@PatchMapping("/api/v1/categories/{id}")
	CategoryResponse changeCategory(@PathVariable UUID id, @Valid @RequestBody CategoryPatch request) {
		return CategoryResponse
			.of(this.catalog.patchCategory(id, request.name(), request.parentId(), request.active()));
	}

	@Operation(summary = "Delete a category",
			description = "Refused with 409 category_in_use while products or sub-categories belong to it.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "409", description = "category_in_use: it still has products or sub-categories")
	@SecurityRequirement(name = "bearerAuth")
	@DeleteMapping("/api/v1/categories/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteCategory(@PathVariable UUID id) {
		this.catalog.deleteCategory(id);
	}

	@Operation(summary = "List brands", description = "Public. By name.")
	@GetMapping("/api/v1/brands")
	NumberedPage<BrandResponse> listBrands(@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(name = "page_size",
					defaultValue = "20") @Min(1) @Max(PagingQuery.MAX_PAGE_SIZE) int pageSize) {
		return NumberedPage.of(this.catalog.brands(new PagingQuery(page, pageSize).toPageable(Sort.unsorted())),
				BrandResponse::of);
	}

	@Operation(summary = "Show a brand", description = "Public.")
	@GetMapping("/api/v1/brands/{id}")
	BrandResponse showBrand(@PathVariable UUID id) {
		return BrandResponse.of(this.catalog.brand(id));
	}

	@Operation(summary = "Create a brand")
	@ApiResponse(responseCode = "201", description = "Created")
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/api/v1/brands")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<BrandResponse> createBrand(@Valid @RequestBody BrandRequest request) {
		CatalogView.Brand brand = this.catalog.createBrand(request.name(), request.logoUrl());
		return ResponseEntity.created(URI.create("/api/v1/brands/" + brand.id())).body(BrandResponse.of(brand));
	}

	@Operation(summary = "Replace a brand", description = "The slug stays.")
	@SecurityRequirement(name = "bearerAuth")
	@PutMapping("/api/v1/brands/{id}")
	BrandResponse replaceBrand(@PathVariable UUID id, @Valid @RequestBody BrandRequest request) {
		return BrandResponse.of(this.catalog.changeBrand(id, request.name(), request.logoUrl()));
	}

	@Operation(summary = "Change parts of a brand")
	@SecurityRequirement(name = "bearerAuth")
	@PatchMapping("/api/v1/brands/{id}")
	BrandResponse changeBrand(@PathVariable UUID id, @Valid @RequestBody BrandPatch request) {
		return BrandResponse.of(this.catalog.patchBrand(id, request.name(), request.logoUrl()));
	}

	@Operation(summary = "Delete a brand", description = "Its products keep existing without a brand.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@SecurityRequirement(name = "bearerAuth")
	@DeleteMapping("/api/v1/brands/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteBrand(@PathVariable UUID id) {
		this.catalog.deleteBrand(id);
	}

	record CategoryRequest(@NotBlank @Size(max = 100) String name, UUID parentId,
			@JsonProperty("is_active") Boolean active) {

	}

	record CategoryPatch(@Size(min = 1, max = 100) String name, UUID parentId,
			@JsonProperty("is_active") Boolean active) {

	}

	record BrandRequest(@NotBlank @Size(max = 100) String name, @Size(max = 2048) @Pattern(regexp = "https?://\\S+",
			message = "must be an http or https URL") String logoUrl) {

	}

	record BrandPatch(@Size(min = 1, max = 100) String name, @Size(max = 2048) @Pattern(regexp = "https?://\\S+",
			message = "must be an http or https URL") String logoUrl) {

	}

	record CategoryResponse(UUID id, String name, String slug, @Nullable UUID parentId,
			@JsonProperty("is_active") boolean active, Instant createdAt) {

		static CategoryResponse of(CatalogView.Category category) {
			return new CategoryResponse(category.id(), category.name(), category.slug(), category.parentId(),
					category.active(), category.createdAt());
		}

	}

	record BrandResponse(UUID id, String name, String slug, @Nullable String logoUrl, Instant createdAt) {

		static BrandResponse of(CatalogView.Brand brand) {
			return new BrandResponse(brand.id(), brand.name(), brand.slug(), brand.logoUrl(), brand.createdAt());
		}

	}

}
