package io.mercato.catalog;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The category tree and the brands, as admins keep them. Names get a unique slug on
 * creation that never changes.
 */
public interface CategoryManagement {

	Page<CatalogView.Category> categories(Pageable page);

	/**
	 * @throws CatalogException.CategoryNotFound when unknown
	 */
	CatalogView.Category category(UUID id);

	/**
	 * @throws io.mercato.shared.web.InvalidFieldsException for an unknown parent
	 */
	CatalogView.Category createCategory(String name, UUID parentId, boolean active);

	/**
	 * @throws io.mercato.shared.web.InvalidFieldsException for an unknown parent or one
	 * that would make a cycle
	 */
	CatalogView.Category changeCategory(UUID id, String name, UUID parentId, boolean active);

	/**
	 * Changes the fields given; {@code null} keeps a field as it is, in the same
	 * transaction that reads it.
	 * @throws io.mercato.shared.web.InvalidFieldsException as
	 * {@link #changeCategory(UUID, String, UUID, boolean)}
	 */
	CatalogView.Category patchCategory(UUID id, String name, UUID parentId, Boolean active);

	/**
	 * @throws CatalogException.CategoryInUse while products (even deleted ones, which old
	 * orders name) or sub-categories belong to it
	 */
	void deleteCategory(UUID id);

	Page<CatalogView.Brand> brands(Pageable page);

	/**
	 * @throws CatalogException.BrandNotFound when unknown
	 */
	CatalogView.Brand brand(UUID id);

	CatalogView.Brand createBrand(String name, String logoUrl);

	CatalogView.Brand changeBrand(UUID id, String name, String logoUrl);

	/**
	 * Changes the fields given; {@code null} keeps a field as it is.
	 */
	CatalogView.Brand patchBrand(UUID id, String name, String logoUrl);

	/**
	 * Deletes the brand; its products keep existing without a brand.
	 */
	void deleteBrand(UUID id);

}
