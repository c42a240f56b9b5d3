package io.mercato.catalog.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mercato.catalog.CatalogView;
import io.mercato.catalog.CategoryAdministration;
import io.mercato.catalog.CategoryDraft;
import io.mercato.catalog.CategoryPatch;
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
 * Categories: anyone reads them, admins keep them.
 */
@Tag(name = "Categories and brands")
@RestController
class CategoryController {

	private final CategoryAdministration categories;

	CategoryController(CategoryAdministration categories) {
		this.categories = categories;
	}

	@Operation(summary = "List categories", description = "Public. By name.")
	@GetMapping("/api/v1/categories")
	NumberedPage<CategoryResponse> listCategories(@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(name = "page_size",
					defaultValue = "20") @Min(1) @Max(PagingQuery.MAX_PAGE_SIZE) int pageSize) {
		return NumberedPage.of(this.categories.categories(new PagingQuery(page, pageSize).toPageable(Sort.unsorted())),
				CategoryResponse::of);
	}

	@Operation(summary = "Show a category", description = "Public.")
	@GetMapping("/api/v1/categories/{id}")
	CategoryResponse showCategory(@PathVariable UUID id) {
		return CategoryResponse.of(this.categories.category(id));
	}

	@Operation(summary = "Create a category")
	@ApiResponse(responseCode = "201", description = "Created")
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/api/v1/categories")
	ResponseEntity<CategoryResponse> createCategory(@Valid @RequestBody CategoryRequest request) {
		CatalogView.Category category = this.categories.createCategory(request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/categories/" + category.id()))
			.body(CategoryResponse.of(category));
	}

	@Operation(summary = "Replace a category", description = "The slug stays.")
	@SecurityRequirement(name = "bearerAuth")
	@PutMapping("/api/v1/categories/{id}")
	CategoryResponse replaceCategory(@PathVariable UUID id, @Valid @RequestBody CategoryRequest request) {
		return CategoryResponse.of(this.categories.replaceCategory(id, request.toDraft()));
	}

	@Operation(summary = "Change parts of a category")
	@SecurityRequirement(name = "bearerAuth")
	@PatchMapping("/api/v1/categories/{id}")
	CategoryResponse patchCategory(@PathVariable UUID id, @Valid @RequestBody CategoryPatchRequest request) {
		return CategoryResponse.of(this.categories.patchCategory(id, request.toPatch()));
	}

	@Operation(summary = "Delete a category",
			description = "Refused with 409 category_in_use while products or sub-categories belong to it.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "409", description = "category_in_use: it still has products or sub-categories")
	@SecurityRequirement(name = "bearerAuth")
	@DeleteMapping("/api/v1/categories/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteCategory(@PathVariable UUID id) {
		this.categories.deleteCategory(id);
	}

	/**
	 * A whole category: a missing {@code parent_id} puts it at the top, a missing
	 * {@code is_active} shows it.
	 */
	record CategoryRequest(@NotBlank @Size(max = 100) String name, UUID parentId,
			@JsonProperty("is_active") Boolean active) {

		CategoryDraft toDraft() {
			return new CategoryDraft(this.name, this.parentId, !Boolean.FALSE.equals(this.active));
		}

	}

	/**
	 * The fields of a category to change; those missing stay.
	 */
	record CategoryPatchRequest(@Size(min = 1, max = 100) String name, UUID parentId,
			@JsonProperty("is_active") Boolean active) {

		CategoryPatch toPatch() {
			return new CategoryPatch(this.name, this.parentId, this.active);
		}

	}

	record CategoryResponse(UUID id, String name, String slug, @Nullable UUID parentId,
			@JsonProperty("is_active") boolean active, Instant createdAt) {

		static CategoryResponse of(CatalogView.Category category) {
			return new CategoryResponse(category.id(), category.name(), category.slug(), category.parentId(),
					category.active(), category.createdAt());
		}

	}

}
