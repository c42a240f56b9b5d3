package io.mercato.accounts.web;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mercato.accounts.UserView;
import io.mercato.shared.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A user as the API shows it; never the password hash.
 */
record UserResponse(UUID id, String email, @Schema(example = "+14155550123") @Nullable String phone, Role role,
		boolean emailVerified, @JsonProperty("is_active") boolean active, @Nullable String fullName,
		@Schema(description = "Only for shopkeepers") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ShopResponse shop,
		Instant createdAt,
		@Schema(description = "Whether the user gets mails about their orders") boolean orderEmails) {

	static UserResponse of(UserView user) {
		ShopResponse shop = (user.shop() != null) ? new ShopResponse(user.shop().shopName(), user.shop().taxNumber(),
				user.shop().verified(), user.shop().verifiedAt()) : null;
		return new UserResponse(user.id(), user.email(), user.phone(), user.role(), user.emailVerified(), user.active(),
				user.fullName(), shop, user.createdAt(), user.orderEmails());
	}

	record ShopResponse(String shopName, @Nullable String taxNumber, @JsonProperty("is_verified") boolean verified,
			@Schema(format = "date-time") @Nullable Instant verifiedAt) {

	}

}
