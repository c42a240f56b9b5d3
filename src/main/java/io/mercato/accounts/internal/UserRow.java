package io.mercato.accounts.internal;

import io.mercato.accounts.UserView;

/**
 * A user with whichever profile their role has, as one query reads them.
 */
record UserRow(User user, CustomerProfile customer, ShopkeeperProfile shopkeeper) {

	UserView toView() {
		UserView.Shop shop = (this.shopkeeper != null) ? new UserView.Shop(this.shopkeeper.getShopName(),
				this.shopkeeper.getTaxNumber(), this.shopkeeper.isVerified(), this.shopkeeper.getVerifiedAt()) : null;
		String fullName = (this.customer != null) ? this.customer.getFullName()
				: (this.shopkeeper != null) ? this.shopkeeper.getFullName() : null;
		return new UserView(this.user.getId(), this.user.getEmail(), this.user.getPhone(), this.user.getRole(),
				this.user.isEmailVerified(), this.user.isActive(), fullName, shop, this.user.getCreatedAt(),
				this.user.wantsOrderEmails());
	}

}
