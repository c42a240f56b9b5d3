package io.mercato.catalog.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mercato.catalog.CatalogView;
import io.mercato.catalog.ProductDraft;
import io.mercato.catalog.ProductListings;
import io.mercato.catalog.ProductPatch;
import io.mercato.catalog.ProductOrdering;
import io.mercato.catalog.ProductQuery;
import io.mercato.catalog.ProductStatus;
import io.mercato.catalog.StockStatus;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.CursorPage;
import io.mercato.shared.web.InvalidFieldsException;
import io.mercato.shared.web.PagingQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Products: anyone browses the published ones, verified shopkeepers list their own,
 * owners and admins change them.
 */
@Tag(name = "Products")
@RestController
class ProductController {

	private static final String ORDERINGS = Arrays.stream(ProductOrdering.values())
		.map(ProductOrdering::parameter)
		.collect(Collectors.joining(", "));

	private final ProductListings products;

	ProductController(ProductListings products) {
		this.products = products;
	}

	@Operation(summary = "List products",
			description = """
					Public: published products of verified, active shopkeepers only. A shopkeeper adds `mine=true` to see their own in any \
					status; an admin may filter by `status`. `category` includes its sub-categories; `search` \
					ranks by relevance unless an `ordering` is given. Cursor-paginated: follow `next` and \
					`previous`; every page costs the same however deep.""")
	@GetMapping("/api/v1/products")
	CursorPage<ProductSummaryResponse> listProducts(@AuthenticationPrincipal CurrentUser viewer,
			@Parameter(description = "A category; its sub-categories are included") @RequestParam(
					required = false) UUID category,
			@RequestParam(required = false) UUID brand,
			@Parameter(description = "A shopkeeper's user id") @RequestParam(required = false) UUID shopkeeper,
			@RequestParam(name = "is_featured", required = false) Boolean featured,
			@RequestParam(name = "min_price", required = false) Money minPrice,
			@RequestParam(name = "max_price", required = false) Money maxPrice,
			@RequestParam(name = "in_stock", required = false) Boolean inStock,
			@Parameter(description = "Words of the name or description, or (part of) a SKU") @RequestParam(
					required = false) @Size(max = 200) String search,
			@Parameter(schema = @Schema(implementation = ProductOrdering.class)) @RequestParam(
					required = false) String ordering,
			@RequestParam(required = false) ProductStatus status, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(name = CursorPage.CURSOR_PARAMETER, required = false) String cursor,
			@RequestParam(name = "page_size",
					defaultValue = "12") @Min(1) @Max(PagingQuery.MAX_PAGE_SIZE) int pageSize) {
		ProductOrdering productOrdering = null;
		if (ordering != null) {
			productOrdering = ProductOrdering.of(ordering)
				.orElseThrow(() -> new InvalidFieldsException("ordering", "must be one of " + ORDERINGS));
		}
		String terms = (search != null && !search.isBlank()) ? search.trim() : null;
		if (productOrdering == ProductOrdering.RELEVANCE && terms == null) {
			throw new InvalidFieldsException("ordering", "-relevance needs a search");
		}
		return CursorPage.of(this.products
			.products(new ProductQuery(category, brand, shopkeeper, featured, minPrice, maxPrice, inStock, terms,
					productOrdering, status, mine, cursor, pageSize), viewer)
			.map(ProductSummaryResponse::of));
	}

	@Operation(summary = "Show a product",
			description = "By id or slug. Public for published products; owners and admins also see drafts, "
					+ "archived products and the cost price.")
	@GetMapping("/api/v1/products/{id}")
	ProductResponse showProduct(@AuthenticationPrincipal CurrentUser viewer,
			@Parameter(description = "The product's id or its slug") @PathVariable("id") String idOrSlug) {
		return ProductResponse.of(this.products.product(idOrSlug, viewer));
	}

	@Operation(summary = "List a new product",
			description = "Verified shopkeepers only (403 shopkeeper_not_verified otherwise). The slug is made "
					+ "from the name and never changes. A new product has no stock until it is restocked.")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "403",
			description = "shopkeeper_not_verified, or forbidden: the caller is no shopkeeper")
	@ApiResponse(responseCode = "409", description = "sku_taken: another live product has the SKU")
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/api/v1/products")
	ResponseEntity<ProductResponse> createProduct(@AuthenticationPrincipal CurrentUser shopkeeper,
			@Valid @RequestBody ProductRequest request) {
		CatalogView.ProductDetail product = this.products.createProduct(shopkeeper, request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/products/" + product.id())).body(ProductResponse.of(product));
	}

	@Operation(summary = "Replace a product",
			description = "Owner or admin; another shopkeeper's product answers 404. Every field is set: optional fields "
					+ "left out are cleared, and status is required. "
					+ "A shopkeeper whose shop is not verified may not leave it published (403 "
					+ "shopkeeper_not_verified).")
	@ApiResponse(responseCode = "200", description = "The product as replaced")
	@ApiResponse(responseCode = "409", description = "sku_taken: another live product has the SKU")
	@ApiResponse(responseCode = "403",
			description = "shopkeeper_not_verified: the shop may not publish or change a published product")
	@SecurityRequirement(name = "bearerAuth")
	@PutMapping("/api/v1/products/{id}")
	ProductResponse replaceProduct(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id,
			@Valid @RequestBody ProductRequest request) {
		// a new product starts as a draft, but a replacement that left the status out
		// would quietly take a published product off sale
		if (request.status() == null) {
			throw new InvalidFieldsException("status", "is required: a replacement sets every field");
		}
		return ProductResponse.of(this.products.replaceProduct(caller, id, request.toDraft()));
	}

	@Operation(summary = "Change parts of a product",
			description = "Owner or admin; another shopkeeper's product answers 404. Fields left out stay. "
					+ "A shopkeeper whose shop is not verified may withdraw it or edit a draft, not publish it or "
					+ "change a published one (403 shopkeeper_not_verified).")
	@ApiResponse(responseCode = "200", description = "The product as changed")
	@ApiResponse(responseCode = "409", description = "sku_taken: another live product has the SKU")
	@ApiResponse(responseCode = "403",
			description = "shopkeeper_not_verified: the shop may not publish or change a published product")
	@SecurityRequirement(name = "bearerAuth")
	@PatchMapping("/api/v1/products/{id}")
	ProductResponse patchProduct(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id,
			@Valid @RequestBody ProductPatchRequest request) {
		return ProductResponse.of(this.products.patchProduct(caller, id, request.toPatch()));
	}

	@Operation(summary = "Delete a product",
			description = "Soft: it leaves lists and detail, old orders keep naming it. Owner or admin.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@SecurityRequirement(name = "bearerAuth")
	@DeleteMapping("/api/v1/products/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteProduct(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id) {
		this.products.deleteProduct(caller, id);
	}

	record ImageBody(@NotBlank @Size(max = 2048) String url, @Size(max = 200) String altText) {

		ProductDraft.Image toImage() {
			return new ProductDraft.Image(this.url, this.altText);
		}

		static List<ProductDraft.Image> toImages(List<ImageBody> images) {
			return (images != null) ? images.stream().map(ImageBody::toImage).toList() : null;
		}

	}

	record ProductRequest(@NotBlank @Size(min = 3, max = 200) String name, @Size(max = 20000) String description,
			@NotNull UUID categoryId, UUID brandId, @NotNull Money price, Money compareAtPrice, Money costPrice,
			@NotBlank String sku, ProductStatus status, @JsonProperty("is_featured") Boolean featured,
			@Size(max = 20) List<@Valid @NotNull ImageBody> images,
			@Schema(description = "Shipping weight in grams, 1 to 1000000") Integer weightGrams) {

		ProductDraft toDraft() {
			return new ProductDraft(this.name, this.description, this.categoryId, this.brandId, this.price,
					this.compareAtPrice, this.costPrice, this.sku, this.status, Boolean.TRUE.equals(this.featured),
					ImageBody.toImages(this.images), this.weightGrams);
		}

	}

	record ProductPatchRequest(@Size(min = 3, max = 200) String name, @Size(max = 20000) String description,
			UUID categoryId, UUID brandId, Money price, Money compareAtPrice, Money costPrice, String sku,
			ProductStatus status, @JsonProperty("is_featured") Boolean featured,
			@Size(max = 20) List<@Valid @NotNull ImageBody> images,
			@Schema(description = "Shipping weight in grams, 1 to 1000000") Integer weightGrams) {

		ProductPatch toPatch() {
			return new ProductPatch(this.name, this.description, this.categoryId, this.brandId, this.price,
					this.compareAtPrice, this.costPrice, this.sku, this.status, this.featured,
					ImageBody.toImages(this.images), this.weightGrams);
		}

	}

	record ImageResponse(String url, String altText) {

		static ImageResponse of(ProductDraft.Image image) {
			return new ImageResponse(image.url(), image.altText());
		}

	}

	record ProductSummaryResponse(UUID id, String name, String slug, Money price, @Nullable Money compareAtPrice,
			@Schema(description = "The first image; absent when there is none") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ImageResponse primaryImage,
			String categoryName, @Nullable String brandName, @JsonProperty("in_stock") boolean inStock,
			StockStatus stockStatus, int reviewCount, @Schema(example = "4.5") @Nullable BigDecimal avgRating,
			ProductStatus status, Instant createdAt) {

		static ProductSummaryResponse of(CatalogView.ProductSummary product) {
			return new ProductSummaryResponse(product.id(), product.name(), product.slug(), product.price(),
					product.compareAtPrice(),
					(product.primaryImage() != null) ? ImageResponse.of(product.primaryImage()) : null,
					product.categoryName(), product.brandName(), product.inStock(), product.stockStatus(),
					product.reviewCount(), product.avgRating(), product.status(), product.createdAt());
		}

	}

	record CategoryRefResponse(UUID id, String name, String slug) {

	}

	record BrandRefResponse(UUID id, String name, String slug) {

	}

	record ProductResponse(UUID id, UUID shopkeeperId, @Nullable String shopName, String name, String slug,
			String description,
			@Schema(description = "The product's category last, its ancestors before it") List<CategoryRefResponse> categoryPath,
			@Schema(description = "Absent when the product has no brand") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BrandRefResponse brand,
			Money price, @Nullable Money compareAtPrice,
			@Schema(description = "Only for the owner and admins") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Money costPrice,
			String sku, ProductStatus status, @JsonProperty("is_featured") boolean featured,
			@JsonProperty("in_stock") boolean inStock, StockStatus stockStatus, List<ImageResponse> images,
			@Schema(description = "Shipping weight in grams; null when unknown") @Nullable Integer weightGrams,
			int reviewCount, @Schema(example = "4.5") @Nullable BigDecimal avgRating, long version, Instant createdAt,
			Instant updatedAt) {

		static ProductResponse of(CatalogView.ProductDetail product) {
			return new ProductResponse(product.id(), product.shopkeeperId(), product.shopName(), product.name(),
					product.slug(), product.description(),
					product.categoryPath()
						.stream()
						.map((category) -> new CategoryRefResponse(category.id(), category.name(), category.slug()))
						.toList(),
					(product.brand() != null)
							? new BrandRefResponse(product.brand().id(), product.brand().name(), product.brand().slug())
							: null,
					product.price(), product.compareAtPrice(), product.costPrice(), product.sku(), product.status(),
					product.featured(), product.stockStatus() != StockStatus.OUT_OF_STOCK, product.stockStatus(),
					product.images().stream().map(ImageResponse::of).toList(), product.weightGrams(),
					product.reviewCount(), product.avgRating(), product.version(), product.createdAt(),
					product.updatedAt());
		}

	}

}
