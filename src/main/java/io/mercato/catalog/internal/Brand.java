package io.mercato.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.mercato.shared.domain.AbstractAggregateRoot;

/**
 * A maker products may name; deleting it leaves its products without a brand.
 */
@Entity
@Table(schema = "catalog", name = "brand")
class Brand extends AbstractAggregateRoot {

	private String name;

	private String slug;

	@Column(name = "logo_url")
	private String logoUrl;

	protected Brand() {
	}

	Brand(String name, String slug, String logoUrl) {
		this.name = name;
		this.slug = slug;
		this.logoUrl = logoUrl;
	}

	void change(String name, String logoUrl) {
		this.name = name;
		this.logoUrl = logoUrl;
	}

	String getName() {
		return this.name;
	}

	String getSlug() {
		return this.slug;
	}

	String getLogoUrl() {
		return this.logoUrl;
	}

}
