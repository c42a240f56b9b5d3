package io.mercato.ordering.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.mercato.accounts.AccountManagement;
import io.mercato.accounts.UserView;
import io.mercato.catalog.CatalogManagement;
import io.mercato.catalog.ProductSnapshot;
import io.mercato.inventory.InventoryManagement;
import io.mercato.inventory.StockLine;
import io.mercato.ordering.OrderAddress;
import io.mercato.ordering.OrderCustomer;
import io.mercato.ordering.OrderingException;
import io.mercato.ordering.OrderingException.PriceChanged.ChangedPrice;
import io.mercato.ordering.PlaceOrder;
import io.mercato.ordering.PlacedOrder;
import io.mercato.promotions.PricingLine;
import io.mercato.promotions.PromotionCustomer;
import io.mercato.promotions.PromotionManagement;
import io.mercato.promotions.PromotionQuote;
import io.mercato.shared.domain.Ids;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.SecretTokens;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;
import io.mercato.shipping.Destination;
import io.mercato.shipping.ShippingLine;
import io.mercato.shipping.ShippingManagement;
import io.mercato.shipping.ShippingOption;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Places orders: the one path from a {@link PlaceOrder} command to a written
 * {@link Order}. Checks the command, prices it from the catalog, reserves the stock,
 * prices shipping, redeems the promotion, works out the tax and writes the order with its
 * lines and its first history row; all of it in the caller's transaction, so a refusal at
 * any step leaves nothing behind.
 * <p>
 * Its statements do not depend on the number of lines: one read of the products, the
 * inventory's set-based reservation, one shipping quote, the promotion's redemption, one
 * tax lookup, and batched inserts of the lines.
 */
@Component
class OrderPlacement {

	private static final int MAX_TEXT_ADDRESS = 1000;

	private static final int MAX_NOTES = 1000;

	private static final int MAX_NAME = 150;

	private final CatalogManagement catalog;

	private final InventoryManagement inventory;

	private final ShippingManagement shipping;

	private final PromotionManagement promotions;

	private final AccountManagement accounts;

	private final Taxation taxation;

	private final OrderRepository orders;

	private final OrderingSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OrderPlacement(CatalogManagement catalog, InventoryManagement inventory, ShippingManagement shipping,
			PromotionManagement promotions, AccountManagement accounts, Taxation taxation, OrderRepository orders,
			OrderingSettings settings, Clock clock, ApplicationEventPublisher events) {
		this.catalog = catalog;
		this.inventory = inventory;
		this.shipping = shipping;
		this.promotions = promotions;
		this.accounts = accounts;
		this.taxation = taxation;
		this.orders = orders;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	PlacedOrder place(PlaceOrder command) {
		List<InvalidField> errors = new ArrayList<>();
		checkLines(command.lines(), errors);
		checkText("notes", command.notes(), MAX_NOTES, errors);
		if (command.shipTo().text() != null) {
			checkText("shipping_address", command.shipTo().text(), MAX_TEXT_ADDRESS, errors);
		}
		Contact contact = contact(command.customer(), command.shipTo().address(), errors);
		List<PricedLine> lines = errors.isEmpty() ? price(command, errors) : List.of();
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
		Money subtotal = lines.stream().map(PricedLine::lineTotal).reduce(Money.ZERO, Money::plus);
		checkPrices(command, lines, subtotal);
		checkWithinMaximum(subtotal);

		UUID orderId = Ids.newId();
		String reference = orderId.toString();
		this.inventory.reserve(
				lines.stream().map((line) -> new StockLine(line.product().id(), line.quantity())).toList(), reference);
		OrderAddress address = command.shipTo().address();
		ShippingOption shippingOption = null;
		Money shippingCost;
		if (command.shippingCost() != null) {
			shippingCost = command.shippingCost();
		}
		else {
			shippingOption = shippingOption(command.shippingMethod(), address, lines);
			shippingCost = shippingOption.cost();
		}
		PromotionCustomer buyer = (contact.userId() != null) ? PromotionCustomer.user(contact.userId())
				: PromotionCustomer.guest(contact.email());
		PromotionQuote discount = this.promotions.redeem(buyer, command.promotionCode(),
				lines.stream().map(OrderPlacement::pricingLine).toList(), reference);
		Money discounted = subtotal.minus(discount.discountTotal());
		TaxQuote tax = (address != null)
				? this.taxation.taxFor(address.country(), address.region(), discounted, shippingCost) : TaxQuote.none();
		checkWithinMaximum(discounted.plus(shippingCost).plus(tax.amount()));

		String token = (contact.userId() == null) ? SecretTokens.generate() : null;
		Instant now = this.clock.instant();
		Order order = new Order(new OrderDraft(orderId, contact.userId(),
				(token != null) ? SecretTokens.hash(token) : null, contact.email(), contact.name(), contact.phone(),
				command.shipTo(), command.billTo(), this.settings.currency(), lines, discount.lineDiscounts(),
				shippingCost, (shippingOption != null) ? shippingOption.code() : null,
				(shippingOption != null) ? shippingOption.name() : null,
				(discount.promotion() != null) ? discount.promotion().id() : null,
				(discount.promotion() != null) ? discount.promotion().code() : null, tax, command.paymentMethod(),
				blankToNull(command.notes()), now, now.plus(this.settings.reservationWindow())));
		order = this.orders.saveAndFlush(order);
		this.events.publishEvent(order.placed());
		return new PlacedOrder(order.toView(), token);
	}

	/**
	 * Refuses an order whose amounts an order cannot hold (each is at most
	 * {@link Money#MAX}); the subtotal is checked before anything is reserved, the total
	 * once shipping and tax are known, and either refusal rolls back all of it.
	 */
	private static void checkWithinMaximum(Money amount) {
		if (amount.compareTo(Money.MAX) > 0) {
			throw new InvalidFieldsException("items",
					"add up to more than an order can hold (" + Money.MAX + "); split them into smaller orders");
		}
	}

	private void checkLines(List<PlaceOrder.Line> lines, List<InvalidField> errors) {
		if (lines.isEmpty()) {
			errors.add(new InvalidField("items", "must hold at least one line"));
			return;
		}
		if (lines.size() > this.settings.maxLines()) {
			errors.add(new InvalidField("items", "must hold at most " + this.settings.maxLines() + " lines"));
			return;
		}
		for (int i = 0; i < lines.size(); i++) {
			PlaceOrder.Line line = lines.get(i);
			if ((line.productId() == null) == (line.sku() == null)) {
				errors.add(new InvalidField("items[" + i + "]", "must name its product by product_id or product_sku"));
			}
			if (line.quantity() < 1 || line.quantity() > 1000) {
				errors.add(new InvalidField("items[" + i + "].quantity", "must be from 1 to 1000"));
			}
		}
	}

	private static void checkText(String field, @Nullable String text, int max, List<InvalidField> errors) {
		if (text == null) {
			return;
		}
		if (field.equals("shipping_address") && text.isBlank()) {
			errors.add(new InvalidField(field, "must not be blank"));
		}
		if (text.codePointCount(0, text.length()) > max) {
			errors.add(new InvalidField(field, "must be at most " + max + " characters"));
		}
	}

	/**
	 * Who the order is for: a user's account details, overridden by those the command
	 * gives; a guest's as given, of which email and name are required.
	 */
	private Contact contact(OrderCustomer customer, @Nullable OrderAddress address, List<InvalidField> errors) {
		String email = blankToNull(customer.email());
		String name = blankToNull(customer.name());
		String phone = blankToNull(customer.phone());
		if (customer.userId() != null) {
			UserView user = this.accounts.findUser(customer.userId())
				.orElseThrow(() -> new IllegalArgumentException("No such user: " + customer.userId()));
			email = (email != null) ? email : user.email();
			name = (name != null) ? name : (user.fullName() != null) ? user.fullName()
					: (address != null) ? address.fullName() : fallbackName(email);
			phone = (phone != null) ? phone : user.phone();
		}
		else {
			if (email == null) {
				errors.add(new InvalidField("customer_email", "is required for a guest"));
			}
			if (name == null) {
				errors.add(new InvalidField("customer_name", "is required for a guest"));
			}
		}
		if (phone != null && customer.phone() != null) {
			String region = (address != null) ? address.country() : null;
			String e164 = this.accounts.phoneNumberInE164(phone, region).orElse(null);
			if (e164 == null) {
				errors.add(new InvalidField("customer_phone",
						"is no valid phone number; give it with its country code, such as +49 30 1234567"));
			}
			phone = e164;
		}
		return new Contact(customer.userId(), (email != null) ? email.strip().toLowerCase(Locale.ROOT) : null,
				(name != null) ? name.strip() : null, phone);
	}

	/**
	 * Reads the products of every line in one query and pairs them with their lines;
	 * unknown products and products named twice are field errors.
	 */
	private List<PricedLine> price(PlaceOrder command, List<InvalidField> errors) {
		List<PlaceOrder.Line> lines = command.lines();
		Set<UUID> ids = new HashSet<>();
		Set<String> skus = new HashSet<>();
		for (PlaceOrder.Line line : lines) {
			if (line.productId() != null) {
				ids.add(line.productId());
			}
			else {
				skus.add(line.sku());
			}
		}
		Map<UUID, ProductSnapshot> byId = new HashMap<>();
		Map<String, ProductSnapshot> bySku = new HashMap<>();
		for (ProductSnapshot product : this.catalog.findProducts(ids, skus)) {
			byId.put(product.id(), product);
			bySku.put(product.sku(), product);
		}
		List<PricedLine> priced = new ArrayList<>();
		Map<UUID, Integer> seen = new HashMap<>();
		List<UUID> unavailable = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			PlaceOrder.Line line = lines.get(i);
			ProductSnapshot product = (line.productId() != null) ? byId.get(line.productId()) : bySku.get(line.sku());
			if (product == null) {
				errors
					.add((line.productId() != null) ? new InvalidField("items[" + i + "].product_id", "no such product")
							: new InvalidField("items[" + i + "].product_sku", "no such product"));
				continue;
			}
			Integer earlier = seen.putIfAbsent(product.id(), i);
			if (earlier != null) {
				errors.add(new InvalidField("items[" + i + "]",
						"names the product of items[" + earlier + "] again; order it in one line"));
				continue;
			}
			if (!product.isForSale() || product.shopkeeperId().equals(command.customer().userId())) {
				unavailable.add(product.id());
			}
			priced.add(new PricedLine(product, line.quantity()));
		}
		if (errors.isEmpty() && !unavailable.isEmpty()) {
			throw new OrderingException.ProductUnavailable(unavailable);
		}
		return priced;
	}

	private static void checkPrices(PlaceOrder command, List<PricedLine> lines, Money subtotal) {
		List<ChangedPrice> changed = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Money expected = command.lines().get(i).expectedUnitPrice();
			PricedLine line = lines.get(i);
			if (expected != null && !expected.equals(line.unitPrice())) {
				changed.add(new ChangedPrice(line.product().id(), expected, line.unitPrice()));
			}
		}
		if (!changed.isEmpty()) {
			throw new OrderingException.PriceChanged(changed);
		}
		if (command.expectedSubtotal() != null && !subtotal.equals(command.expectedSubtotal())) {
			throw new OrderingException.PriceChanged(command.expectedSubtotal(), subtotal);
		}
	}

	/**
	 * The method chosen, or the cheapest that ships there; a free-text address is priced
	 * with the rules for every country.
	 */
	private ShippingOption shippingOption(@Nullable String methodCode, @Nullable OrderAddress address,
			List<PricedLine> lines) {
		Destination destination = (address != null) ? new Destination(address.country(), address.postalCode())
				: Destination.unknownCountry();
		List<ShippingLine> shipment = lines.stream()
			.map((line) -> ShippingLine.of(line.product(), line.quantity()))
			.toList();
		if (methodCode != null) {
			return this.shipping.quote(methodCode, destination, shipment);
		}
		return this.shipping.quote(destination, shipment)
			.stream()
			.findFirst()
			.orElseThrow(() -> new OrderingException.ShippingUnavailable(destination.country()));
	}

	private static PricingLine pricingLine(PricedLine line) {
		ProductSnapshot product = line.product();
		return new PricingLine(product.id(), product.shopkeeperId(), product.categoryIds(), product.price(),
				line.quantity());
	}

	/**
	 * A name for a customer whose account and address give none: the email's local part,
	 * as long as an order's name may be.
	 */
	private static String fallbackName(String email) {
		String local = email.substring(0, Math.max(email.indexOf('@'), 1));
		return (local.codePointCount(0, local.length()) <= MAX_NAME) ? local
				: local.substring(0, local.offsetByCodePoints(0, MAX_NAME));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private record Contact(@Nullable UUID userId, String email, String name, @Nullable String phone) {

	}

}
