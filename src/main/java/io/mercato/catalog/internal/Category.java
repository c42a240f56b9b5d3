package io.mercato.catalog.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.mercato.shared.domain.AbstractAggregateRoot;
import io.mercato.shared.web.InvalidFieldsException;

/**
 * A node of the category tree; products belong to exactly one.
 */
@Entity
@Table(schema = "catalog", name = "category")
class Category extends AbstractAggregateRoot {

	private String name;

	private String slug;

	@Column(name = "parent_id")
	private UUID parentId;

	@Column(name = "is_active")
	private boolean active;

	protected Category() {
	}

	Category(String name, String slug, UUID parentId, boolean active) {
		this.name = checkedName(name);
		this.slug = slug;
		this.parentId = parentId;
		this.active = active;
	}

	void change(String name, UUID parentId, boolean active) {
		this.name = checkedName(name);
		this.parentId = parentId;
		this.active = active;
	}

	/**
	 * A name is trimmed, and one of only spaces is refused: a request's shape checks let
	 * it through.
	 */
	private static String checkedName(String name) {
		String trimmed = name.trim();
		if (trimmed.isEmpty()) {
			throw new InvalidFieldsException("name", "must not be blank");
		}
		return trimmed;
	}

	String getName() {
		return this.name;
	}

	String getSlug() {
		return this.slug;
	}

	UUID getParentId() {
		return this.parentId;
	}

	boolean isActive() {
		return this.active;
	}

}
