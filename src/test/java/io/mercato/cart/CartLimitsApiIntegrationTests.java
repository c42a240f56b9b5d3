package io.mercato.cart;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.catalog.CatalogFixtures;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.testing.MercatoApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.mercato.accounts.AccountsFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cart's line limit, set low so that a test reaches it: adding past it is refused,
 * and a guest cart merged at login brings only the lines that still fit.
 */
@MercatoApiTest
@TestPropertySource(properties = "mercato.cart.max-lines=2")
class CartLimitsApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void aCartHoldsNoMoreLinesThanItsLimitAndAMergeStopsThere() {
		CatalogFixtures catalog = CatalogFixtures.of(this.mvc, this.context);
		InventoryFixtures inventory = InventoryFixtures.of(catalog, this.context);
		CartFixtures carts = CartFixtures.of(this.mvc, this.context);
		Shop shop = inventory.shop();
		UUID lamp = inventory.stockedProduct(shop, 5);
		UUID shade = inventory.stockedProduct(shop, 5);
		UUID bulb = inventory.stockedProduct(shop, 5);
		Session customer = catalog.accounts().customer();
		CartFixtures.Caller caller = CartFixtures.user(customer);

		assertThat(carts.add(caller, lamp, 1)).hasStatus(HttpStatus.CREATED);
		assertThat(carts.add(caller, shade, 1)).hasStatus(HttpStatus.CREATED);
		assertThat(carts.add(caller, bulb, 1)).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("cart_full");
		// a line already in the cart may still grow
		assertThat(carts.add(caller, lamp, 1)).hasStatus(HttpStatus.CREATED);

		carts.send(caller, this.mvc.delete().uri("/api/v1/cart"));
		carts.add(caller, lamp, 1);
		String token = carts.guestCart();
		carts.add(CartFixtures.guest(token), shade, 1);
		carts.add(CartFixtures.guest(token), bulb, 1);

		String merged = body(carts.show(CartFixtures.both(customer, token)));
		assertThat(JsonPath.<List<String>>read(merged, "$.items[*].product_id")).containsExactly(lamp.toString(),
				shade.toString());
	}

}
