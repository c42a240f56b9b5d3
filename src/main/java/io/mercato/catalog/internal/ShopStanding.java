package io.mercato.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.mercato.accounts.AccountManagement;
import io.mercato.accounts.ShopkeeperVerificationChanged;
import io.mercato.accounts.UserActivated;
import io.mercato.accounts.UserDeactivated;
import io.mercato.catalog.ShopListingsChanged;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a shopkeeper's products may be public: the shopkeeper is verified and active,
 * as the accounts module says. Writes that make or keep a listing public ask the accounts
 * module at once; the public list and detail read the answer from
 * {@code product.shop_listed}, which this keeps in step with the accounts module's
 * events.
 * <p>
 * A refresh reads the standing anew rather than trusting the event, so events delivered
 * twice or out of order (a deactivation overtaken by the reactivation) leave the flag as
 * the accounts module has it now. Refreshes and writes that check the standing hold the
 * shopkeeper's advisory lock, so a product created under a standing that changes
 * meanwhile is seen by the refresh that follows the change.
 */
@Component
class ShopStanding {

	/**
	 * The first key of the catalog's shop-standing advisory locks, apart from any
	 * other's.
	 */
	private static final int SHOP_LOCK_SPACE = 0x53484F50;

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final ProductCache details;

	private final ApplicationEventPublisher events;

	ShopStanding(JdbcClient jdbc, AccountManagement accounts, ProductCache details, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.details = details;
		this.events = events;
	}

	/**
	 * Whether the shopkeeper may list products now. Holds the shopkeeper's lock until the
	 * caller's transaction ends, so that a refresh waits for the caller's write.
	 */
	boolean mayList(UUID shopkeeperId) {
		this.jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
			.params(SHOP_LOCK_SPACE, shopkeeperId.toString())
			.query((rs, row) -> 1)
			.single();
		return this.accounts.isVerifiedShopkeeper(shopkeeperId);
	}

	@ApplicationModuleListener
	void on(ShopkeeperVerificationChanged event) {
		refresh(event.userId());
	}

	@ApplicationModuleListener
	void on(UserDeactivated event) {
		refresh(event.userId());
	}

	@ApplicationModuleListener
	void on(UserActivated event) {
		refresh(event.userId());
	}

	/**
	 * Brings every shop's flag in step with the accounts module once the application has
	 * started: products listed before the flag existed, or whose shop's standing changed
	 * while an event was still undelivered, are shown or hidden as their shop stands now.
	 * Two updates through product_shopkeeper_idx; rows already right are not written.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void reconcile() {
		List<UUID> shopkeepers = this.jdbc
			.sql("select distinct shopkeeper_id from catalog.product where deleted_at is null")
			.query(UUID.class)
			.list();
		Set<UUID> inStanding = this.accounts.verifiedShopkeepers(shopkeepers);
		List<UUID> outOfStanding = shopkeepers.stream().filter((id) -> !inStanding.contains(id)).toList();
		boolean shown = setListed(inStanding, true);
		boolean hidden = setListed(outOfStanding, false);
		if (shown || hidden) {
			this.details.evictAll();
		}
	}

	/**
	 * Shows or hides every live product of the shopkeeper in one update (through
	 * product_shopkeeper_idx), and empties the detail cache when any changed. A user with
	 * no products, such as a customer, changes nothing.
	 */
	void refresh(UUID shopkeeperId) {
		if (setListed(List.of(shopkeeperId), mayList(shopkeeperId))) {
			this.details.evictAll();
		}
	}

	/**
	 * Shows or hides the live products of the shopkeepers whose flag differs, and
	 * publishes {@link ShopListingsChanged} for each shop that changed.
	 * @return whether any product changed
	 */
	private boolean setListed(Collection<UUID> shopkeeperIds, boolean listed) {
		if (shopkeeperIds.isEmpty()) {
			return false;
		}
		List<UUID> changed = this.jdbc.sql("""
				with changed as (
				    update catalog.product set shop_listed = ?
				    where shopkeeper_id = any(?) and deleted_at is null and shop_listed <> ?
				    returning shopkeeper_id)
				select distinct shopkeeper_id from changed""")
			.params(listed, shopkeeperIds.toArray(UUID[]::new), listed)
			.query(UUID.class)
			.list();
		changed.forEach((shopkeeperId) -> this.events.publishEvent(new ShopListingsChanged(shopkeeperId, listed)));
		return !changed.isEmpty();
	}

}
