package io.mercato.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.mercato.shared.domain.AbstractAggregateRoot;
import io.mercato.shared.web.InvalidFieldsException;

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
		this.name = checkedName(name);
		this.slug = slug;
		this.logoUrl = logoUrl;
	}

	void change(String name, String logoUrl) {
		this.name = checkedName(name);
		this.logoUrl = logoUrl;
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

	String getLogoUrl() {
		return this.logoUrl;
	}

}
