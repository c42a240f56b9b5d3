package io.mercato.catalog.internal;

import java.util.Map;
import java.util.UUID;

import io.mercato.catalog.CatalogException;
import io.mercato.catalog.CatalogView;
import io.mercato.catalog.CategoryAdministration;
import io.mercato.catalog.CategoryDraft;
import io.mercato.catalog.CategoryPatch;
import io.mercato.shared.database.Constraints;
import io.mercato.shared.web.InvalidFieldsException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CategoryService implements CategoryAdministration {

	private final CategoryRepository categories;

	private final JdbcClient jdbc;

	private final ProductCache cache;

	private final Slugs slugs;

	CategoryService(CategoryRepository categories, JdbcClient jdbc, ProductCache cache, Slugs slugs) {
		this.categories = categories;
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
	public CatalogView.Category createCategory(CategoryDraft draft) {
		requireParent(draft.parentId());
		String slug = this.slugs.unique("category", draft.name(), this.categories::existsBySlug);
		return view(this.categories.save(new Category(draft.name().trim(), slug, draft.parentId(), draft.active())));
	}

	@Override
	public CatalogView.Category replaceCategory(UUID id, CategoryDraft draft) {
		return change(find(id), draft);
	}

	@Override
	public CatalogView.Category patchCategory(UUID id, CategoryPatch patch) {
		Category category = find(id);
		return change(category, patch.applyTo(draft(category)));
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

	private CatalogView.Category change(Category category, CategoryDraft draft) {
		requireParent(draft.parentId());
		// two moves checked at once could each pass and together close a cycle
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('catalog:category-tree'))").query().singleRow();
		if (draft.parentId() != null && isSelfOrDescendant(draft.parentId(), category.getId())) {
			throw new InvalidFieldsException("parent_id", "must not be the category itself or one of its descendants");
		}
		category.change(draft.name(), draft.parentId(), draft.active());
		this.cache.evictAll();
		return view(this.categories.saveAndFlush(category));
	}

	private Category find(UUID id) {
		return this.categories.findById(id).orElseThrow(CatalogException.CategoryNotFound::new);
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

	private static CategoryDraft draft(Category category) {
		return new CategoryDraft(category.getName(), category.getParentId(), category.isActive());
	}

	private static CatalogView.Category view(Category category) {
		return new CatalogView.Category(category.getId(), category.getName(), category.getSlug(),
				category.getParentId(), category.isActive(), category.getCreatedAt());
	}

}
