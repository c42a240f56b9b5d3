package io.mercato.sampledata.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import io.mercato.sampledata.SampleData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fills an empty marketplace with a small shop to look around in when
 * {@code mercato.demo-data.enabled} ({@code MERCATO_DEMO_DATA}) is {@code true}: the
 * {@link SampleData.Size#DEMO demo} catalog, then a promotion and orders in several
 * states made through the modules ({@link DemoShop}), and prints the logins. A database
 * holding any user or product is left alone.
 * <p>
 * It runs before every other start-up runner, so that none has written into the empty
 * marketplace first (the shipping module's standard method, a bootstrap admin).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty("mercato.demo-data.enabled")
class DemoData implements ApplicationRunner {

	/** Every demo user's password; the demo's logins are not for a real shop. */
	static final String PASSWORD = "mercato-demo";

	static final String EMAIL_DOMAIN = "demo.mercato.test";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DataSource database;

	private final PasswordEncoder passwords;

	private final DemoShop shop;

	DemoData(DataSource database, PasswordEncoder passwords, DemoShop shop) {
		this.database = database;
		this.passwords = passwords;
		this.shop = shop;
	}

	@Override
	public void run(ApplicationArguments args) throws SQLException {
		load();
	}

	/**
	 * Writes the demo shop into an empty marketplace.
	 * @return whether it did; {@code false} when the database held users or products
	 * @throws SQLException when the catalog cannot be written; nothing is written then
	 */
	boolean load() throws SQLException {
		SampleData sampleData = new SampleData(this.database, this.passwords.encode(PASSWORD), EMAIL_DOMAIN);
		long start = System.nanoTime();
		if (!sampleData.generate(SampleData.Size.DEMO,
				(step, seconds) -> log.debug("Demo data: {} written in {} s", step, "%.2f".formatted(seconds)))) {
			log.info("Demo data skipped: the database already holds users or products, and demo data is only ever "
					+ "written into an empty one");
			return false;
		}
		try {
			this.shop.open(sampleData);
		}
		catch (RuntimeException ex) {
			// the catalog is committed by now, so the next start would skip the demo:
			// say how to get a whole one
			throw new IllegalStateException("The demo's catalog was written but its promotion and orders were not; "
					+ "start again on an empty database (a new MERCATO_EMBEDDED_DB_DIR) for a whole demo", ex);
		}
		log.info("""
				Demo data written in {} s: {} products of {} shops, the promotion code {}, {} orders.
				  Demo logins, all with the password {}
				    admin       {}
				    shopkeepers {}, {}
				    customers   {}, {}, {}""", "%.1f".formatted((System.nanoTime() - start) / 1e9),
				SampleData.Size.DEMO.products(), SampleData.Size.DEMO.shopkeepers(), DemoShop.PROMOTION_CODE,
				DemoShop.ORDERS, PASSWORD, sampleData.adminEmail(), sampleData.shopkeeperEmail(1),
				sampleData.shopkeeperEmail(2), sampleData.customerEmail(1), sampleData.customerEmail(2),
				sampleData.customerEmail(3));
		return true;
	}

}
