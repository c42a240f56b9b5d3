package io.mercato.catalog.internal;

import java.util.UUID;

import io.mercato.accounts.AccountManagement;
import io.mercato.accounts.ShopkeeperVerificationChanged;
import io.mercato.accounts.UserActivated;
import io.mercato.accounts.UserDeactivated;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

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

	ShopStanding(JdbcClient jdbc, AccountManagement accounts, ProductCache details) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.details = details;
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
	 * Shows or hides every live product of the shopkeeper in one update (through
	 * product_shopkeeper_idx), and empties the detail cache when any changed. A user with
	 * no products, such as a customer, changes nothing.
	 */
	void refresh(UUID shopkeeperId) {
		boolean listed = mayList(shopkeeperId);
		int changed = this.jdbc.sql("""
				update catalog.product set shop_listed = ?
				where shopkeeper_id = ? and deleted_at is null and shop_listed <> ?""")
			.params(listed, shopkeeperId, listed)
			.update();
		if (changed > 0) {
			this.details.evictAll();
		}
	}

}
