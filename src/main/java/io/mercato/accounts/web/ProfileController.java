package io.mercato.accounts.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import io.mercato.accounts.AccountSelfService;
import io.mercato.accounts.ProfileChange;
import io.mercato.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own user and profile. Email and role are not changed here.
 */
@Tag(name = "Profile")
@SecurityRequirement(name = "bearerAuth")
@RestController
@RequestMapping("/api/v1/profile")
class ProfileController {

	private final AccountSelfService accounts;

	ProfileController(AccountSelfService accounts) {
		this.accounts = accounts;
	}

	@Operation(summary = "Show my profile")
	@GetMapping
	UserResponse showProfile(@AuthenticationPrincipal CurrentUser user) {
		return UserResponse.of(this.accounts.profile(user));
	}

	@Operation(summary = "Replace my profile",
			description = "Sets every editable field; an absent optional field is cleared, an absent required one refused.")
	@ApiResponse(responseCode = "200", description = "The profile as replaced")
	@ApiResponse(responseCode = "409", description = "phone_taken: another account has the phone number")
	@PutMapping
	UserResponse replaceProfile(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ProfileRequest request) {
		return UserResponse.of(this.accounts.replaceProfile(user, request.toChange()));
	}

	@Operation(summary = "Change parts of my profile", description = "Changes only the fields sent.")
	@ApiResponse(responseCode = "200", description = "The profile as changed")
	@ApiResponse(responseCode = "409", description = "phone_taken: another account has the phone number")
	@PatchMapping
	UserResponse patchProfile(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ProfileRequest request) {
		return UserResponse.of(this.accounts.patchProfile(user, request.toChange()));
	}

	/**
	 * Editable profile fields; shop fields apply to shopkeepers only, and are refused for
	 * others.
	 */
	record ProfileRequest(@Size(max = 32) String phone, @Size(max = 150) String fullName,
			@Size(max = 150) String shopName, @Size(max = 30) String taxNumber,
			@Schema(description = "Mails about my orders (placed, paid, shipped, refunded); absent in a PUT means on. "
					+ "Mails about the account itself are always sent.") Boolean orderEmails) {

		ProfileChange toChange() {
			return new ProfileChange(this.phone, this.fullName, this.shopName, this.taxNumber, this.orderEmails);
		}

	}

}
