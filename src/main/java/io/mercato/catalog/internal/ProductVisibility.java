package io.mercato.catalog.internal;

import java.util.UUID;

/**
 * Which products a list may show its caller, as the service decides it from who asks. The
 * list turns each into a fixed SQL condition that an index serves.
 *
 * @param audience whose view of the catalog it is
 * @param shopkeeperId the shopkeeper whose products an {@link Audience#OWNER} sees, else
 * {@code null}
 */
record ProductVisibility(Audience audience, UUID shopkeeperId) {

	/** Published products of shops in good standing: what everyone sees. */
	static final ProductVisibility PUBLIC = new ProductVisibility(Audience.PUBLIC, null);

	/** Every live product, in any status and of any shop. */
	static final ProductVisibility ADMIN = new ProductVisibility(Audience.ADMIN, null);

	ProductVisibility {
		if ((audience == Audience.OWNER) != (shopkeeperId != null)) {
			throw new IllegalArgumentException("Only an owner's visibility names a shopkeeper");
		}
	}

	/**
	 * Every live product of the shopkeeper, in any status, whatever the shop's standing.
	 */
	static ProductVisibility ownedBy(UUID shopkeeperId) {
		return new ProductVisibility(Audience.OWNER, shopkeeperId);
	}

	enum Audience {

		/** Anyone: customers, guests, and shopkeepers or admins browsing. */
		PUBLIC,

		/** A shopkeeper looking at their own products. */
		OWNER,

		/** An admin looking at every product. */
		ADMIN

	}

}
