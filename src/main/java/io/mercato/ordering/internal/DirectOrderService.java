package io.mercato.ordering.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.mercato.accounts.AccountManagement;
import io.mercato.addresses.AddressDraft;
import io.mercato.addresses.AddressManagement;
import io.mercato.addresses.AddressType;
import io.mercato.ordering.DirectOrders;
import io.mercato.ordering.OrderAddress;
import io.mercato.ordering.OrderCustomer;
import io.mercato.ordering.PlaceOrder;
import io.mercato.ordering.PlacedOrder;
import io.mercato.ordering.ShipTo;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The direct order API: settles who the order is for and what the caller may set, checks
 * the inline addresses by the address book's rules, and hands the command to
 * {@link OrderPlacement}, in one transaction.
 */
@Service
@Transactional
class DirectOrderService implements DirectOrders {

	private final OrderPlacement placement;

	private final AddressManagement addresses;

	private final AccountManagement accounts;

	DirectOrderService(OrderPlacement placement, AddressManagement addresses, AccountManagement accounts) {
		this.placement = placement;
		this.addresses = addresses;
		this.accounts = accounts;
	}

	@Override
	public PlacedOrder place(@Nullable CurrentUser caller, PlaceOrder command) {
		List<InvalidField> errors = new ArrayList<>();
		if (command.shippingCost() != null) {
			if (caller == null || !caller.isAdmin()) {
				errors.add(new InvalidField("shipping_cost",
						"may be set by an admin only; leave it out to have shipping priced by the shipping method"));
			}
			else if (command.shippingCost().isNegative()) {
				errors.add(new InvalidField("shipping_cost", "must not be negative"));
			}
		}
		for (int i = 0; i < command.lines().size(); i++) {
			Money expected = command.lines().get(i).expectedUnitPrice();
			if (expected != null && expected.isNegative()) {
				errors.add(new InvalidField("items[" + i + "].unit_price", "must not be negative"));
			}
		}
		ShipTo shipTo = command.shipTo();
		if (shipTo.address() != null) {
			OrderAddress checked = checked("shipping_address", AddressType.SHIPPING, shipTo.address(), errors);
			shipTo = (checked != null) ? ShipTo.address(checked) : shipTo;
		}
		OrderAddress billTo = (command.billTo() != null)
				? checked("billing_address", AddressType.BILLING, command.billTo(), errors) : null;
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
		OrderCustomer given = command.customer();
		OrderCustomer customer = new OrderCustomer((caller != null) ? caller.id() : null, given.email(), given.name(),
				international(given.phone(), shipTo));
		return this.placement.place(new PlaceOrder(customer, command.lines(), shipTo, billTo, command.shippingMethod(),
				command.shippingCost(), command.paymentMethod(), command.promotionCode(), command.notes(),
				command.expectedSubtotal()));
	}

	/**
	 * The address as the address book's rules normalise it, or {@code null} if broken.
	 */
	private @Nullable OrderAddress checked(String field, AddressType type, OrderAddress address,
			List<InvalidField> errors) {
		try {
			AddressDraft draft = this.addresses.checkAddress(field,
					new AddressDraft(type, address.fullName(), address.line1(), address.line2(), address.city(),
							address.region(), address.postalCode(), address.country(), address.phone()));
			return new OrderAddress(draft.fullName(), draft.line1(), draft.line2(), draft.city(), draft.region(),
					draft.postalCode(), draft.country(), draft.phone());
		}
		catch (InvalidFieldsException ex) {
			errors.addAll(ex.errors());
			return null;
		}
	}

	/**
	 * A phone written without {@code +} has no country to be read in beside a free-text
	 * address; read it as international when that makes a valid number, else leave it for
	 * the placement to refuse.
	 */
	private @Nullable String international(@Nullable String phone, ShipTo shipTo) {
		if (phone == null || shipTo.text() == null || phone.isBlank() || phone.strip().startsWith("+")) {
			return phone;
		}
		return this.accounts.phoneNumberInE164("+" + phone.strip(), null).orElse(phone);
	}

}
