package io.mercato.catalog;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The category tree as admins keep it and everyone reads it, for the catalog's own HTTP
 * adapter. A name gets a unique slug on creation that never changes. Changes empty the
 * product-detail cache, since details show their category path.
 */
public interface CategoryAdministration {

	/**
	 * Returns a page of categories, by name.
	 * @param page the page
	 * @return the categories of the page
	 */
	Page<CatalogView.Category> categories(Pageable page);

	/**
	 * Returns a category.
	 * @param id the category
	 * @return the category
	 * @throws CatalogException.CategoryNotFound when unknown
	 */
	CatalogView.Category category(UUID id);

	/**
	 * Creates a category.
	 * @param draft its fields
	 * @return the category as stored
	 * @throws io.mercato.shared.web.InvalidFieldsException for an unknown parent
	 */
	CatalogView.Category createCategory(CategoryDraft draft);

	/**
	 * Replaces every editable field of a category; a {@code null} parent moves it to the
	 * top. The slug stays.
	 * @param id the category
	 * @param draft its fields
	 * @return the category as stored
	 * @throws CatalogException.CategoryNotFound when unknown
	 * @throws io.mercato.shared.web.InvalidFieldsException for an unknown parent or one
	 * that would make a cycle, even when two moves race
	 */
	CatalogView.Category replaceCategory(UUID id, CategoryDraft draft);

	/**
	 * Changes the fields a patch gives, merged onto the category as it is inside the
	 * writing transaction. Refused as {@link #replaceCategory(UUID, CategoryDraft)} is.
	 * @param id the category
	 * @param patch the fields to change; {@code null} ones stay as they are
	 * @return the category as stored
	 */
	CatalogView.Category patchCategory(UUID id, CategoryPatch patch);

	/**
	 * Deletes a category that nothing names.
	 * @param id the category
	 * @throws CatalogException.CategoryNotFound when unknown
	 * @throws CatalogException.CategoryInUse while products (even deleted ones, which old
	 * orders name) or sub-categories belong to it, even when one is added concurrently
	 */
	void deleteCategory(UUID id);

}
