package io.mercato.catalog.internal;

import java.time.Duration;
import java.util.UUID;

import io.mercato.catalog.CatalogFixtures;
import io.mercato.catalog.ProductStatus;
import io.mercato.catalog.ShopListingsChanged;
import io.mercato.shared.security.CurrentUser;
import io.mercato.testing.MercatoApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Products whose flag disagrees with their shop's standing (listed before the flag
 * existed, or while an event was undelivered) are put right when the application starts.
 */
@MercatoApiTest
@RecordApplicationEvents
class ShopStandingReconciliationIntegrationTests {

	@Autowired
	ShopStanding standing;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void hidesTheProductsOfShopsOutOfStandingAndShowsThoseInIt() {
		CatalogFixtures fixtures = CatalogFixtures.of(this.context);
		UUID category = fixtures.category("Reconciled " + UUID.randomUUID(), null);
		CurrentUser unverified = fixtures.shop();
		CurrentUser verified = fixtures.shop();
		UUID stale = fixtures.product(unverified, category, "12.00", ProductStatus.PUBLISHED);
		UUID hidden = fixtures.product(verified, category, "12.00", ProductStatus.PUBLISHED);
		// the catalog hears of the verifications asynchronously: let it, before the
		// tampering
		// below, or its late refresh would undo it
		await().atMost(Duration.ofSeconds(60))
			.until(() -> pendingEventsAbout(unverified.id()) == 0 && pendingEventsAbout(verified.id()) == 0);
		// the accounts module changed without the catalog hearing of it
		this.jdbc.sql("update accounts.shopkeeper_profile set is_verified = false where user_id = ?")
			.param(unverified.id())
			.update();
		this.jdbc.sql("update catalog.product set shop_listed = false where id = ?").param(hidden).update();

		this.standing.reconcile();

		assertThat(listed(stale)).isFalse();
		assertThat(listed(hidden)).isTrue();
		assertThat(this.events.stream(ShopListingsChanged.class))
			.contains(new ShopListingsChanged(unverified.id(), false), new ShopListingsChanged(verified.id(), true));
	}

	private long pendingEventsAbout(UUID shopkeeperId) {
		return this.jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%" + shopkeeperId + "%")
			.query(Long.class)
			.single();
	}

	private boolean listed(UUID productId) {
		return this.jdbc.sql("select shop_listed from catalog.product where id = ?")
			.param(productId)
			.query(Boolean.class)
			.single();
	}

}
