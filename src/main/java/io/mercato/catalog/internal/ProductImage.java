package io.mercato.catalog.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.mercato.shared.domain.AbstractEntity;

/**
 * One picture of a product, at its place in the product's order; the first is the primary
 * one.
 */
@Entity
@Table(schema = "catalog", name = "product_image")
class ProductImage extends AbstractEntity {

	@Column(name = "product_id")
	private UUID productId;

	private int position;

	private String url;

	@Column(name = "alt_text")
	private String altText;

	protected ProductImage() {
	}

	ProductImage(UUID productId, int position, String url, String altText) {
		this.productId = productId;
		this.position = position;
		this.url = url;
		this.altText = altText;
	}

	String getUrl() {
		return this.url;
	}

	String getAltText() {
		return this.altText;
	}

}
