package io.mercato.catalog.internal;

import java.util.Map;
import java.util.UUID;

import io.mercato.catalog.CatalogException;
import io.mercato.catalog.CatalogView;
import io.mercato.catalog.CategoryManagement;
import io.mercato.shared.database.Constraints;
import io.mercato.shared.web.InvalidFieldsException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CategoryService implements CategoryManagement {

	private final CategoryRepository categories;

	private final BrandRepository brands;

	private final JdbcClient jdbc;

	private final ProductCache cache;

	private final Slugs slugs;

	CategoryService(CategoryRepository categories, BrandRepository brands, JdbcClient jdbc, ProductCache cache,
			Slugs slugs) {
		this.categories = categories;
		this.brands = brands;
		this.jdbc = jdbc;
		this.cache = cache;
		this.slugs = slugs;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CatalogView.Category> categories(Pageable page) {
		return this.categories.findAllByOrderByNameAscIdAsc(page).map(CategoryService::view);
	}

	@Override
	@Transactional(readOnly = true)
	public CatalogView.Category category(UUID id) {
		return view(find(id));
	}

	@Override
	public CatalogView.Category createCategory(String name, UUID parentId, boolean active) {
		requireParent(parentId);
		String slug = this.slugs.unique("category", name, this.categories::existsBySlug);
		return view(this.categories.save(new Category(name.trim(), slug, parentId, active)));
	}

	@Override
	public CatalogView.Category changeCategory(UUID id, String name, UUID parentId, boolean active) {
		Category category = find(id);
		requireParent(parentId);
		// two moves checked at once could each pass and together close a cycle
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('catalog:category-tree'))").query().singleRow();
		if (parentId != null && isSelfOrDescendant(parentId, id)) {
			throw new InvalidFieldsException("parent_id", "must not be the category itself or one of its descendants");
		}
		category.change(name.trim(), parentId, active);
		this.cache.evictAll();
		return view(this.categories.saveAndFlush(category));
	}

	@Override
	public CatalogView.Category patchCategory(UUID id, String name, UUID parentId, Boolean active) {
		Category current = find(id);
		return changeCategory(id, (name != null) ? name : current.getName(),
				(parentId != null) ? parentId : current.getParentId(), (active != null) ? active : current.isActive());
	}

	@Override
	public void deleteCategory(UUID id) {
		Category category = find(id);
		// deleted products count too: old orders still name them
		boolean inUse = this.jdbc.sql("""
				select exists (select 1 from catalog.product where category_id = ?)
				or exists (select 1 from catalog.category where parent_id = ?)""")
			.params(id, id)
			.query(Boolean.class)
			.single();
		if (inUse) {
			throw new CatalogException.CategoryInUse();
		}
		// a product or sub-category named it since the check
		Constraints.translate(() -> {
			this.categories.delete(category);
			this.categories.flush();
		}, Map.of("product_category_id_fkey", CatalogException.CategoryInUse::new, "category_parent_id_fkey",
				CatalogException.CategoryInUse::new));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CatalogView.Brand> brands(Pageable page) {
		return this.brands.findAllByOrderByNameAscIdAsc(page).map(CategoryService::view);
	}

	@Override
	@Transactional(readOnly = true)
	public CatalogView.Brand brand(UUID id) {
		return view(findBrand(id));
	}

	@Override
	public CatalogView.Brand createBrand(String name, String logoUrl) {
		String slug = this.slugs.unique("brand", name, this.brands::existsBySlug);
		return view(this.brands.save(new Brand(name.trim(), slug, logoUrl)));
	}

	@Override
	public CatalogView.Brand patchBrand(UUID id, String name, String logoUrl) {
		Brand current = findBrand(id);
		return changeBrand(id, (name != null) ? name : current.getName(),
				(logoUrl != null) ? logoUrl : current.getLogoUrl());
	}

	@Override
	public CatalogView.Brand changeBrand(UUID id, String name, String logoUrl) {
		Brand brand = findBrand(id);
		brand.change(name.trim(), logoUrl);
		this.cache.evictAll();
		return view(this.brands.saveAndFlush(brand));
	}

	@Override
	public void deleteBrand(UUID id) {
		// the foreign key sets the brand of its products to null
		this.brands.delete(findBrand(id));
		this.cache.evictAll();
	}

	private Category find(UUID id) {
		return this.categories.findById(id).orElseThrow(CatalogException.CategoryNotFound::new);
	}

	private Brand findBrand(UUID id) {
		return this.brands.findById(id).orElseThrow(CatalogException.BrandNotFound::new);
	}

	private void requireParent(UUID parentId) {
		if (parentId != null && !this.categories.existsById(parentId)) {
			throw new InvalidFieldsException("parent_id", "is not an existing category");
		}
	}

	private boolean isSelfOrDescendant(UUID candidate, UUID categoryId) {
		return this.jdbc.sql("""
				with recursive tree as (
				    select id from catalog.category where id = ?
				    union all
				    select c.id from catalog.category c join tree t on c.parent_id = t.id)
				select exists (select 1 from tree where id = ?)""")
			.params(categoryId, candidate)
			.query(Boolean.class)
			.single();
	}

	private static CatalogView.Category view(Category category) {
		return new CatalogView.Category(category.getId(), category.getName(), category.getSlug(),
				category.getParentId(), category.isActive(), category.getCreatedAt());
	}

	private static CatalogView.Brand view(Brand brand) {
		return new CatalogView.Brand(brand.getId(), brand.getName(), brand.getSlug(), brand.getLogoUrl(),
				brand.getCreatedAt());
	}

}
