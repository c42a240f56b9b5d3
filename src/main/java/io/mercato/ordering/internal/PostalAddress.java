package io.mercato.ordering.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import io.mercato.ordering.OrderAddress;

/**
 * The columns of an address an order copies; the order names them with a prefix
 * ({@code ship_}, {@code bill_}).
 */
@Embeddable
record PostalAddress(@Column(name = "full_name") String fullName, @Column(name = "line1") String line1,
		@Column(name = "line2") @Nullable String line2, @Column(name = "city") String city,
		@Column(name = "region") @Nullable String region, @Column(name = "postal_code") String postalCode,
		@Column(name = "country") String country, @Column(name = "phone") @Nullable String phone) {

	static @Nullable PostalAddress of(@Nullable OrderAddress address) {
		return (address != null) ? new PostalAddress(address.fullName(), address.line1(), address.line2(),
				address.city(), address.region(), address.postalCode(), address.country(), address.phone()) : null;
	}

	OrderAddress toAddress() {
		return new OrderAddress(this.fullName, this.line1, this.line2, this.city, this.region, this.postalCode,
				this.country, this.phone);
	}

}
