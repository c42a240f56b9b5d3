package io.mercato.catalog.internal;

import java.util.UUID;

import io.mercato.catalog.BrandAdministration;
import io.mercato.catalog.BrandDraft;
import io.mercato.catalog.BrandPatch;
import io.mercato.catalog.CatalogException;
import io.mercato.catalog.CatalogView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class BrandService implements BrandAdministration {

	private final BrandRepository brands;

	private final ProductCache cache;

	private final Slugs slugs;

	BrandService(BrandRepository brands, ProductCache cache, Slugs slugs) {
		this.brands = brands;
		this.cache = cache;
		this.slugs = slugs;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CatalogView.Brand> brands(Pageable page) {
		return this.brands.findAllByOrderByNameAscIdAsc(page).map(BrandService::view);
	}

	@Override
	@Transactional(readOnly = true)
	public CatalogView.Brand brand(UUID id) {
		return view(find(id));
	}

	@Override
	public CatalogView.Brand createBrand(BrandDraft draft) {
		String slug = this.slugs.unique("brand", draft.name(), this.brands::existsBySlug);
		return view(this.brands.save(new Brand(draft.name().trim(), slug, draft.logoUrl())));
	}

	@Override
	public CatalogView.Brand replaceBrand(UUID id, BrandDraft draft) {
		return change(find(id), draft);
	}

	@Override
	public CatalogView.Brand patchBrand(UUID id, BrandPatch patch) {
		Brand brand = find(id);
		return change(brand, patch.applyTo(new BrandDraft(brand.getName(), brand.getLogoUrl())));
	}

	@Override
	public void deleteBrand(UUID id) {
		// the foreign key sets the brand of its products to null
		this.brands.delete(find(id));
		this.cache.evictAll();
	}

	private CatalogView.Brand change(Brand brand, BrandDraft draft) {
		brand.change(draft.name(), draft.logoUrl());
		this.cache.evictAll();
		return view(this.brands.saveAndFlush(brand));
	}

	private Brand find(UUID id) {
		return this.brands.findById(id).orElseThrow(CatalogException.BrandNotFound::new);
	}

	private static CatalogView.Brand view(Brand brand) {
		return new CatalogView.Brand(brand.getId(), brand.getName(), brand.getSlug(), brand.getLogoUrl(),
				brand.getCreatedAt());
	}

}
