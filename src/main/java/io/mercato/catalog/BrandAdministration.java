package io.mercato.catalog;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The brands as admins keep them and everyone reads them, for the catalog's own HTTP
 * adapter. A name gets a unique slug on creation that never changes. Changes empty the
 * product-detail cache, since details show their brand.
 */
public interface BrandAdministration {

	/**
	 * Returns a page of brands, by name.
	 * @param page the page
	 * @return the brands of the page
	 */
	Page<CatalogView.Brand> brands(Pageable page);

	/**
	 * Returns a brand.
	 * @param id the brand
	 * @return the brand
	 * @throws CatalogException.BrandNotFound when unknown
	 */
	CatalogView.Brand brand(UUID id);

	/**
	 * Creates a brand.
	 * @param draft its fields
	 * @return the brand as stored
	 */
	CatalogView.Brand createBrand(BrandDraft draft);

	/**
	 * Replaces every editable field of a brand; a {@code null} logo removes it. The slug
	 * stays.
	 * @param id the brand
	 * @param draft its fields
	 * @return the brand as stored
	 * @throws CatalogException.BrandNotFound when unknown
	 */
	CatalogView.Brand replaceBrand(UUID id, BrandDraft draft);

	/**
	 * Changes the fields a patch gives, merged onto the brand as it is inside the writing
	 * transaction.
	 * @param id the brand
	 * @param patch the fields to change; {@code null} ones stay as they are
	 * @return the brand as stored
	 * @throws CatalogException.BrandNotFound when unknown
	 */
	CatalogView.Brand patchBrand(UUID id, BrandPatch patch);

	/**
	 * Deletes a brand; its products keep existing without a brand.
	 * @param id the brand
	 * @throws CatalogException.BrandNotFound when unknown
	 */
	void deleteBrand(UUID id);

}
