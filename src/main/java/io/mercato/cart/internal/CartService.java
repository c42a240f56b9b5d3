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

import io.mercato.addresses.AddressDraft;
import io.mercato.addresses.AddressManagement;
import io.mercato.addresses.AddressType;
import io.mercato.cart.CartCaller;
import io.mercato.cart.CartException;
import io.mercato.cart.CartShopping;
import io.mercato.cart.CartView;
import io.mercato.cart.CartView.LineProblem;
import io.mercato.cart.Checkout;
import io.mercato.cart.GuestCart;
import io.mercato.cart.internal.CartStore.CartRef;
import io.mercato.cart.internal.CartStore.CheckoutLine;
import io.mercato.cart.internal.CartStore.ItemOffer;
import io.mercato.cart.internal.CartStore.Line;
import io.mercato.cart.internal.CartStore.LoadedCart;
import io.mercato.cart.internal.CartStore.LoadedLine;
import io.mercato.cart.internal.CartStore.Offer;
import io.mercato.catalog.CatalogManagement;
import io.mercato.catalog.ProductSnapshot;
import io.mercato.inventory.InventoryManagement;
import io.mercato.ordering.OrderAddress;
import io.mercato.ordering.OrderCustomer;
import io.mercato.ordering.OrderManagement;
import io.mercato.ordering.PlaceOrder;
import io.mercato.ordering.PlacedOrder;
import io.mercato.ordering.ShipTo;
import io.mercato.promotions.PricingLine;
import io.mercato.promotions.PromotionCustomer;
import io.mercato.promotions.PromotionManagement;
import io.mercato.promotions.PromotionNotApplicableException;
import io.mercato.promotions.PromotionQuote;
import io.mercato.shared.domain.Ids;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.SecretTokens;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;

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

	private final OrderManagement orders;

	private final AddressManagement addresses;

	private final CartSettings settings;

	private final Clock clock;

	CartService(CartStore store, CatalogManagement catalog, InventoryManagement inventory,
			PromotionManagement promotions, OrderManagement orders, AddressManagement addresses, CartSettings settings,
			Clock clock) {
		this.store = store;
		this.catalog = catalog;
		this.inventory = inventory;
		this.promotions = promotions;
		this.orders = orders;
		this.addresses = addresses;
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

	@Override
	public PlacedOrder checkout(CartCaller caller, Checkout checkout) {
		Buyer buyer = (caller.user() != null) ? registeredBuyer(caller.user(), checkout) : guestBuyer(checkout);
		CartRef cart = lock(caller);
		List<CheckoutLine> lines = this.store.checkoutLines(cart.id());
		if (lines.isEmpty()) {
			throw new CartException.EmptyCart();
		}
		List<UUID> unavailable = lines.stream().filter((line) -> !line.forSale()).map(CheckoutLine::productId).toList();
		if (!unavailable.isEmpty()) {
			throw new CartException.ProductUnavailable(unavailable);
		}
		PlacedOrder placed = this.orders.placeOrder(new PlaceOrder(buyer.customer(),
				lines.stream().map((line) -> PlaceOrder.Line.of(line.productId(), line.quantity())).toList(),
				buyer.shipTo(), buyer.billTo(), checkout.shippingMethod(), null, checkout.paymentMethod(),
				cart.promotionCode(), checkout.notes(), checkout.expectedSubtotal()));
		this.store.convert(cart.id(), placed.order().id(), now());
		return placed;
	}

	/**
	 * A logged-in customer's checkout: addresses of their book by id, never inline.
	 */
	private Buyer registeredBuyer(CurrentUser user, Checkout checkout) {
		List<InvalidField> errors = new ArrayList<>();
		String guestsOnly = "is for guests; a logged-in customer names addresses of their book with "
				+ "shipping_address_id and billing_address_id";
		refuse(checkout.customerEmail(), "customer_email", guestsOnly, errors);
		refuse(checkout.customerName(), "customer_name", guestsOnly, errors);
		refuse(checkout.customerPhone(), "customer_phone", guestsOnly, errors);
		refuse(checkout.shippingAddress(), "shipping_address", guestsOnly, errors);
		refuse(checkout.billingAddress(), "billing_address", guestsOnly, errors);
		if (checkout.shippingAddressId() == null) {
			errors.add(new InvalidField("shipping_address_id", "is required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
		OrderAddress shipping = bookAddress("shipping_address_id", checkout.shippingAddressId(), user);
		OrderAddress billing = (checkout.billingAddressId() != null)
				? bookAddress("billing_address_id", checkout.billingAddressId(), user) : null;
		return new Buyer(OrderCustomer.user(user.id()), ShipTo.address(shipping), billing);
	}

	/**
	 * A guest's checkout: contact and addresses inline, checked by the address book's
	 * rules; every field error at once.
	 */
	private Buyer guestBuyer(Checkout checkout) {
		List<InvalidField> errors = new ArrayList<>();
		String customersOnly = "needs a login; a guest gives shipping_address and billing_address inline";
		refuse(checkout.shippingAddressId(), "shipping_address_id", customersOnly, errors);
		refuse(checkout.billingAddressId(), "billing_address_id", customersOnly, errors);
		if (blank(checkout.customerEmail())) {
			errors.add(new InvalidField("customer_email", "is required for a guest"));
		}
		if (blank(checkout.customerName())) {
			errors.add(new InvalidField("customer_name", "is required for a guest"));
		}
		OrderAddress shipping = null;
		if (checkout.shippingAddress() == null) {
			errors.add(new InvalidField("shipping_address", "is required for a guest"));
		}
		else {
			shipping = inlineAddress("shipping_address", checkout.shippingAddress(), AddressType.SHIPPING, errors);
		}
		OrderAddress billing = (checkout.billingAddress() != null)
				? inlineAddress("billing_address", checkout.billingAddress(), AddressType.BILLING, errors) : null;
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
		return new Buyer(
				OrderCustomer.guest(checkout.customerEmail(), checkout.customerName(), checkout.customerPhone()),
				ShipTo.address(shipping), billing);
	}

	private OrderAddress bookAddress(String field, UUID addressId, CurrentUser user) {
		return this.addresses.findAddress(addressId, user.id())
			.map(OrderAddress::of)
			.orElseThrow(() -> new CartException.AddressNotFound(field));
	}

	private OrderAddress inlineAddress(String field, AddressDraft draft, AddressType type, List<InvalidField> errors) {
		try {
			AddressDraft checked = this.addresses.checkAddress(field,
					new AddressDraft(type, draft.fullName(), draft.line1(), draft.line2(), draft.city(), draft.region(),
							draft.postalCode(), draft.country(), draft.phone()));
			return new OrderAddress(checked.fullName(), checked.line1(), checked.line2(), checked.city(),
					checked.region(), checked.postalCode(), checked.country(), checked.phone());
		}
		catch (InvalidFieldsException ex) {
			errors.addAll(ex.errors());
			return null;
		}
	}

	/** Adds an error for a field this kind of caller may not send, when it is given. */
	private static void refuse(Object value, String field, String message, List<InvalidField> errors) {
		if (value != null) {
			errors.add(new InvalidField(field, message));
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
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

	/** Who orders and where to, as a checkout names them. */
	private record Buyer(OrderCustomer customer, ShipTo shipTo, OrderAddress billTo) {
	}

}
