package io.mercato.catalog.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.mercato.shared.domain.AbstractAggregateRoot;

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
		this.name = name;
		this.slug = slug;
		this.parentId = parentId;
		this.active = active;
	}

	void change(String name, UUID parentId, boolean active) {
		this.name = name;
		this.parentId = parentId;
		this.active = active;
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
