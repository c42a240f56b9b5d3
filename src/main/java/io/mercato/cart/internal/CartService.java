package io.mercato.cart.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.mercato.cart.CartCaller;
import io.mercato.cart.CartException;
import io.mercato.cart.CartShopping;
import io.mercato.cart.CartView;
import io.mercato.cart.CartView.LineProblem;
import io.mercato.cart.GuestCart;
import io.mercato.cart.internal.CartStore.CartRef;
import io.mercato.cart.internal.CartStore.ItemOffer;
import io.mercato.cart.internal.CartStore.Line;
import io.mercato.cart.internal.CartStore.LoadedCart;
import io.mercato.cart.internal.CartStore.LoadedLine;
import io.mercato.cart.internal.CartStore.Offer;
import io.mercato.catalog.CatalogManagement;
import io.mercato.catalog.ProductSnapshot;
import io.mercato.inventory.InventoryManagement;
import io.mercato.promotions.PricingLine;
import io.mercato.promotions.PromotionCustomer;
import io.mercato.promotions.PromotionManagement;
import io.mercato.promotions.PromotionNotApplicableException;
import io.mercato.promotions.PromotionQuote;
import io.mercato.shared.domain.Ids;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.SecretTokens;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carts as their owners use them. Every change locks the cart row first (creating a
 * user's cart when there is none), so that the line and unit limits and the stock check
 * hold for concurrent requests on one cart. A cart is read with its products, their
 * availability and its totals in one statement, and priced by the promotions module in
 * one more.
 */
@Service
@Transactional
class CartService implements CartShopping {

	private final CartStore store;

	private final CatalogManagement catalog;

	private final InventoryManagement inventory;

	private final PromotionManagement promotions;

	private final CartSettings settings;

	private final Clock clock;

	CartService(CartStore store, CatalogManagement catalog, InventoryManagement inventory,
			PromotionManagement promotions, CartSettings settings, Clock clock) {
		this.store = store;
		this.catalog = catalog;
		this.inventory = inventory;
		this.promotions = promotions;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public GuestCart startGuestCart(CartCaller caller) {
		if (caller.user() != null) {
			throw new CartException.SignedIn();
		}
		String token = SecretTokens.generate();
		UUID cartId = Ids.newId();
		this.store.createGuestCart(cartId, SecretTokens.hash(token), now());
		return new GuestCart(token, empty(cartId));
	}

	@Override
	public CartView cart(CartCaller caller) {
		CurrentUser user = caller.user();
		if (user == null) {
			return view(this.store.loadGuestCart(guestTokenHash(caller)).orElseThrow(CartException.CartNotFound::new),
					PromotionCustomer.anonymous());
		}
		if (caller.cartToken() != null) {
			mergeGuestCart(user, caller.cartToken());
		}
		return this.store.loadUserCart(user.id())
			.map((cart) -> view(cart, PromotionCustomer.user(user.id())))
			.orElseGet(() -> empty(this.store.lockUserCart(user.id(), now()).id()));
	}

	@Override
	public CartView.Item addItem(CartCaller caller, UUID productId, int quantity) {
		requireUnits(quantity, 1);
		CartRef cart = lock(caller);
		Offer offer = this.store.offer(cart.id(), productId).orElseThrow(CartException.ProductNotFound::new);
		if (caller.user() != null && offer.shopkeeperId().equals(caller.user().id())) {
			throw new CartException.OwnProduct();
		}
		if (!offer.forSale()) {
			throw new CartException.ProductUnavailable();
		}
		int wanted = offer.inCart() + quantity;
		if (wanted > this.settings.maxQuantity()) {
			throw new CartException.QuantityLimitExceeded(this.settings.maxQuantity());
		}
		if (offer.itemId() == null && offer.lines() >= this.settings.maxLines()) {
			throw new CartException.CartFull(this.settings.maxLines());
		}
		int available = available(productId);
		if (wanted > available) {
			throw new CartException.InsufficientStock(productId, wanted, available);
		}
		UUID itemId = this.store.putItem(cart.id(), productId, wanted, now());
		return item(itemId, productId, true, offer.name(), offer.slug(), offer.imageUrl(), offer.price(), true, wanted,
				available);
	}

	@Override
	public CartView.Item changeItem(CartCaller caller, UUID itemId, int quantity) {
		requireUnits(quantity, 0);
		CartRef cart = lock(caller);
		ItemOffer line = this.store.item(cart.id(), itemId).orElseThrow(CartException.CartItemNotFound::new);
		if (quantity == 0) {
			this.store.removeItem(cart.id(), itemId);
			return null;
		}
		if (quantity > this.settings.maxQuantity()) {
			throw new CartException.QuantityLimitExceeded(this.settings.maxQuantity());
		}
		int available = available(line.productId());
		// lowering a line is always allowed, so that a customer can fit it to the stock
		if (quantity > line.quantity()) {
			if (!line.forSale()) {
				throw new CartException.ProductUnavailable();
			}
			if (quantity > available) {
				throw new CartException.InsufficientStock(line.productId(), quantity, available);
			}
		}
		this.store.changeQuantity(itemId, quantity, now());
		return item(itemId, line.productId(), line.known(), line.name(), line.slug(), line.imageUrl(), line.price(),
				line.forSale(), quantity, available);
	}

	@Override
	public void removeItem(CartCaller caller, UUID itemId) {
		CartRef cart = lock(caller);
		if (!this.store.removeItem(cart.id(), itemId)) {
			throw new CartException.CartItemNotFound();
		}
	}

	@Override
	public void clear(CartCaller caller) {
		this.store.clear(lock(caller).id());
	}

	@Override
	public CartView applyPromotion(CartCaller caller, String code) {
		CartRef cart = lock(caller);
		CurrentUser user = caller.user();
		LoadedCart loaded = ((user != null) ? this.store.loadUserCart(user.id())
				: this.store.loadGuestCart(guestTokenHash(caller)))
			.orElseThrow(CartException.CartNotFound::new);
		List<LoadedLine> buyable = buyable(loaded);
		if (buyable.isEmpty()) {
			throw new CartException.EmptyCart();
		}
		PromotionQuote quote = this.promotions.quote(customer(caller), code.trim(), pricingLines(buyable))
			.requireApplicable();
		String storedCode = (quote.promotion() != null && quote.promotion().code() != null) ? quote.promotion().code()
				: code.trim();
		this.store.changePromotion(cart.id(), storedCode);
		return view(loaded, storedCode, quote);
	}

	@Override
	public void removePromotion(CartCaller caller) {
		this.store.changePromotion(lock(caller).id(), null);
	}

	/**
	 * Moves a guest's cart into the user's: each product's units summed with the user's
	 * line and capped by the available stock and the line limit, never lowering what the
	 * user had; products that cannot be bought, the user's own and lines beyond the
	 * cart's limit are left out. The guest cart is deleted, so its token opens nothing
	 * afterwards; a token of no active cart is ignored.
	 */
	private void mergeGuestCart(CurrentUser user, String token) {
		CartRef guest = this.store.lockGuestCart(SecretTokens.hash(token), now()).orElse(null);
		if (guest == null) {
			return;
		}
		CartRef mine = this.store.lockUserCart(user.id(), now());
		List<Line> guestLines = this.store.lines(guest.id());
		if (!guestLines.isEmpty()) {
			Map<UUID, Integer> myUnits = new HashMap<>();
			this.store.lines(mine.id()).forEach((line) -> myUnits.put(line.productId(), line.quantity()));
			List<UUID> productIds = guestLines.stream().map(Line::productId).toList();
			Map<UUID, ProductSnapshot> products = this.catalog.findProducts(productIds)
				.stream()
				.collect(Collectors.toMap(ProductSnapshot::id, Function.identity()));
			Map<UUID, Integer> available = this.inventory.availability(productIds);
			for (Line line : guestLines) {
				ProductSnapshot product = products.get(line.productId());
				if (product == null || !product.isForSale() || product.shopkeeperId().equals(user.id())) {
					continue;
				}
				Integer had = myUnits.get(line.productId());
				if (had == null && myUnits.size() >= this.settings.maxLines()) {
					continue;
				}
				int merged = Math.min(Math.min(((had != null) ? had : 0) + line.quantity(),
						available.getOrDefault(line.productId(), 0)), this.settings.maxQuantity());
				if (merged > ((had != null) ? had : 0)) {
					this.store.putItem(mine.id(), line.productId(), merged, now());
					myUnits.put(line.productId(), merged);
				}
			}
		}
		if (mine.promotionCode() == null && guest.promotionCode() != null) {
			this.store.changePromotion(mine.id(), guest.promotionCode());
		}
		this.store.delete(guest.id());
	}

	private CartRef lock(CartCaller caller) {
		CurrentUser user = caller.user();
		if (user == null) {
			return this.store.lockGuestCart(guestTokenHash(caller), now()).orElseThrow(CartException.CartNotFound::new);
		}
		if (caller.cartToken() != null) {
			mergeGuestCart(user, caller.cartToken());
		}
		return this.store.lockUserCart(user.id(), now());
	}

	private CartView view(LoadedCart cart, PromotionCustomer customer) {
		List<LoadedLine> buyable = buyable(cart);
		PromotionQuote quote = buyable.isEmpty() ? null
				: this.promotions.quote(customer, cart.promotionCode(), pricingLines(buyable));
		return view(cart, cart.promotionCode(), quote);
	}

	private CartView view(LoadedCart cart, String code, PromotionQuote quote) {
		List<CartView.Item> items = new ArrayList<>(cart.lines().size());
		for (LoadedLine line : cart.lines()) {
			items.add(item(line.itemId(), line.productId(), line.known(), line.name(), line.slug(), line.imageUrl(),
					line.price(), line.forSale(), line.quantity(), line.available()));
		}
		Money discount = (quote != null) ? quote.discountTotal() : Money.ZERO;
		return new CartView(cart.id(), items, cart.subtotal(), discount, cart.subtotal().minus(discount),
				promotion(code, quote), cart.totalItems());
	}

	private static CartView.Promotion promotion(String code, PromotionQuote quote) {
		if (quote != null && quote.promotion() != null) {
			PromotionQuote.AppliedPromotion applied = quote.promotion();
			return new CartView.Promotion(applied.code(), applied.name(), applied.type(), true, null, null);
		}
		if (quote != null && quote.notApplicable() != null) {
			return new CartView.Promotion(code, null, null, false, quote.notApplicable().reason().value(),
					quote.notApplicable().message());
		}
		if (code != null) {
			return new CartView.Promotion(code, null, null, false,
					PromotionNotApplicableException.Reason.NO_MATCHING_ITEMS.value(),
					"The cart holds nothing this promotion applies to.");
		}
		return null;
	}

	private static CartView.Item item(UUID itemId, UUID productId, boolean known, String name, String slug,
			String imageUrl, Money price, boolean forSale, int quantity, int available) {
		List<LineProblem> problems = new ArrayList<>(1);
		if (!forSale) {
			problems.add(LineProblem.UNAVAILABLE);
		}
		else if (available == 0) {
			problems.add(LineProblem.OUT_OF_STOCK);
		}
		else if (available < quantity) {
			problems.add(LineProblem.INSUFFICIENT_STOCK);
		}
		Money lineTotal = forSale ? price.times(quantity) : Money.ZERO;
		return new CartView.Item(itemId, productId, known ? name : null, known ? slug : null, imageUrl,
				known ? price : null, quantity, lineTotal, available, List.copyOf(problems));
	}

	private static List<LoadedLine> buyable(LoadedCart cart) {
		return cart.lines().stream().filter(LoadedLine::forSale).toList();
	}

	private static List<PricingLine> pricingLines(List<LoadedLine> lines) {
		return lines.stream()
			.map((line) -> new PricingLine(line.productId(), line.shopkeeperId(), line.categoryIds(), line.price(),
					line.quantity()))
			.toList();
	}

	private static PromotionCustomer customer(CartCaller caller) {
		return (caller.user() != null) ? PromotionCustomer.user(caller.user().id()) : PromotionCustomer.anonymous();
	}

	private static CartView empty(UUID cartId) {
		return new CartView(cartId, List.of(), Money.ZERO, Money.ZERO, Money.ZERO, null, 0);
	}

	private int available(UUID productId) {
		return this.inventory.availability(List.of(productId)).getOrDefault(productId, 0);
	}

	private static String guestTokenHash(CartCaller caller) {
		if (caller.cartToken() == null) {
			throw new CartException.CartNotFound();
		}
		return SecretTokens.hash(caller.cartToken());
	}

	private static void requireUnits(int quantity, int least) {
		if (quantity < least) {
			throw new IllegalArgumentException("A line needs at least " + least + " unit(s)");
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

}
