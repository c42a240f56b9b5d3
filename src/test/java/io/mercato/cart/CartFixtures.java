package io.mercato.cart;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.cart.internal.CartJobs;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.mercato.accounts.AccountsFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reaches cart states through the cart's HTTP API, as customers and guests do.
 */
public class CartFixtures {

	public static final String CART_TOKEN = "X-Cart-Token";

	private final MockMvcTester mvc;

	private final ApplicationContext context;

	public static CartFixtures of(MockMvcTester mvc, ApplicationContext context) {
		return new CartFixtures(mvc, context);
	}

	public CartFixtures(MockMvcTester mvc, ApplicationContext context) {
		this.mvc = mvc;
		this.context = context;
	}

	/** A logged-in customer's requests. */
	public static Caller user(Session session) {
		return new Caller(session, null);
	}

	/** A guest's requests with the cart token. */
	public static Caller guest(String cartToken) {
		return new Caller(null, cartToken);
	}

	/** A customer who filled a cart as a guest and has just logged in. */
	public static Caller both(Session session, String cartToken) {
		return new Caller(session, cartToken);
	}

	/** A visitor with neither login nor cart. */
	public static Caller anonymous() {
		return new Caller(null, null);
	}

	/** A new guest cart's token. */
	public String guestCart() {
		MvcTestResult created = this.mvc.post().uri("/api/v1/carts").exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		return JsonPath.read(body(created), "$.cart_token");
	}

	public MvcTestResult add(Caller caller, UUID productId, int quantity) {
		return send(caller, this.mvc.post().uri("/api/v1/cart/items"),
				"{\"product_id\": \"%s\", \"quantity\": %d}".formatted(productId, quantity));
	}

	public MvcTestResult show(Caller caller) {
		return send(caller, this.mvc.get().uri("/api/v1/cart"));
	}

	public MvcTestResult applyPromotion(Caller caller, String code) {
		return send(caller, this.mvc.post().uri("/api/v1/cart/promotion"), "{\"code\": \"%s\"}".formatted(code));
	}

	public MvcTestResult send(Caller caller, MockMvcTester.MockMvcRequestBuilder request) {
		return caller.sign(request).exchange();
	}

	public MvcTestResult send(Caller caller, MockMvcTester.MockMvcRequestBuilder request, String json) {
		return caller.sign(request).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	/** Runs the abandonment job now. */
	public int abandonIdleCarts() {
		return CartJobs.abandonIdleCarts(this.context);
	}

	/**
	 * Who sends a cart request.
	 *
	 * @param session the login, or {@code null}
	 * @param cartToken the guest cart's token, or {@code null}
	 */
	public record Caller(Session session, String cartToken) {

		MockMvcTester.MockMvcRequestBuilder sign(MockMvcTester.MockMvcRequestBuilder request) {
			if (this.session != null) {
				request.header(HttpHeaders.AUTHORIZATION, this.session.bearer());
			}
			if (this.cartToken != null) {
				request.header(CART_TOKEN, this.cartToken);
			}
			return request;
		}

	}

}
