package io.mercato.addresses.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mercato.addresses.AddressBook;
import io.mercato.addresses.AddressDraft;
import io.mercato.addresses.AddressPatch;
import io.mercato.addresses.AddressType;
import io.mercato.addresses.AddressView;
import io.mercato.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own shipping and billing addresses, for every logged-in user; another
 * user's address answers 404 {@code address_not_found}, as an unknown one does.
 */
@Tag(name = "Addresses")
@SecurityRequirement(name = "bearerAuth")
@RestController
class AddressController {

	private static final String NOT_FOUND = "address_not_found: unknown, deleted, or another user's";

	private static final String INVALID = "validation_failed: names each field to fix (the country must be an "
			+ "ISO 3166-1 alpha-2 code, the postal code must fit the country, the phone must be a valid number), "
			+ "or an unknown property or malformed JSON";

	private final AddressBook addressBook;

	AddressController(AddressBook addressBook) {
		this.addressBook = addressBook;
	}

	// a user keeps at most 20 addresses, so the list is answered whole, without paging;
	// it has the paged lists' "results" member so that clients read it the same way
	@Operation(summary = "List the caller's addresses",
			description = "All of them (at most " + AddressBook.MAX_ADDRESSES + "), defaults first, then newest first.")
	@ApiResponse(responseCode = "200", description = "The addresses")
	@ApiResponse(responseCode = "400", description = "validation_failed: type is not SHIPPING or BILLING")
	@GetMapping("/api/v1/addresses")
	AddressListResponse listAddresses(@AuthenticationPrincipal CurrentUser caller,
			@Parameter(description = "Only addresses of this type") @RequestParam(required = false) AddressType type) {
		return new AddressListResponse(
				this.addressBook.addresses(caller, type).stream().map(AddressResponse::of).toList());
	}

	@Operation(summary = "Show an address")
	@ApiResponse(responseCode = "200", description = "The address")
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@GetMapping("/api/v1/addresses/{id}")
	AddressResponse showAddress(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id) {
		return AddressResponse.of(this.addressBook.address(caller, id));
	}

	@Operation(summary = "Add an address",
			description = "Without is_default, it becomes the default of its type when that type has none; "
					+ "is_default true takes the default from the current one. Postal codes and phone numbers are "
					+ "stored normalised (SW1A 1AA, +14155550123); a phone number without + is read in the "
					+ "address's country.")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = INVALID)
	@ApiResponse(responseCode = "409",
			description = "address_limit_reached: the caller keeps " + AddressBook.MAX_ADDRESSES
					+ " addresses already; delete one first")
	@PostMapping("/api/v1/addresses")
	ResponseEntity<AddressResponse> createAddress(@AuthenticationPrincipal CurrentUser caller,
			@Valid @RequestBody NewAddressRequest request) {
		AddressView address = this.addressBook.createAddress(caller, request.toDraft(), request.isDefault());
		return ResponseEntity.created(URI.create("/api/v1/addresses/" + address.id()))
			.body(AddressResponse.of(address));
	}

	@Operation(summary = "Replace an address",
			description = "Every field is set: optional fields left out are cleared, required ones must be given. "
					+ "Whether it is the default stays (see POST …/default), unless the type changes: then the "
					+ "newest other address of the old type becomes that type's default, and this one becomes the "
					+ "new type's default only when it has none.")
	@ApiResponse(responseCode = "200", description = "The address as replaced")
	@ApiResponse(responseCode = "400", description = INVALID)
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@PutMapping("/api/v1/addresses/{id}")
	AddressResponse replaceAddress(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id,
			@Valid @RequestBody AddressRequest request) {
		return AddressResponse.of(this.addressBook.replaceAddress(caller, id, request.toDraft()));
	}

	@Operation(summary = "Change parts of an address",
			description = "Fields left out stay; the result is checked as a whole, so a new country needs a postal "
					+ "code that fits it. A change of type moves the default as for a replacement.")
	@ApiResponse(responseCode = "200", description = "The address as changed")
	@ApiResponse(responseCode = "400", description = INVALID)
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@PatchMapping("/api/v1/addresses/{id}")
	AddressResponse patchAddress(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id,
			@Valid @RequestBody AddressPatchRequest request) {
		return AddressResponse.of(this.addressBook.patchAddress(caller, id, request.toPatch()));
	}

	@Operation(summary = "Make an address the default of its type",
			description = "The previous default of the type stops being one. Idempotent.")
	@ApiResponse(responseCode = "200", description = "The address, now the default")
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@PostMapping("/api/v1/addresses/{id}/default")
	AddressResponse makeDefaultAddress(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id) {
		return AddressResponse.of(this.addressBook.makeDefault(caller, id));
	}

	@Operation(summary = "Delete an address",
			description = "Soft: it leaves the list at once, and orders that were placed with it keep their own copy. "
					+ "When it was the default, the newest remaining address of its type becomes the default.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@DeleteMapping("/api/v1/addresses/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteAddress(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id) {
		this.addressBook.deleteAddress(caller, id);
	}

	// presence and size only: blank values, the country, the postal code and the phone
	// are checked by the module, all at once

	/**
	 * A new address; without {@code is_default} it becomes the default of its type when
	 * that type has none.
	 */
	record NewAddressRequest(@NotNull AddressType type, @NotNull @Size(max = 100) String fullName,
			@NotNull @Size(max = 200) String line1, @Size(max = 200) String line2,
			@NotNull @Size(max = 100) String city, @Size(max = 100) String region,
			@NotNull @Size(max = 32) String postalCode, @NotNull @Size(max = 16) String country,
			@Size(max = 40) String phone, Boolean isDefault) {

		AddressDraft toDraft() {
			return new AddressDraft(this.type, this.fullName, this.line1, this.line2, this.city, this.region,
					this.postalCode, this.country, this.phone);
		}

	}

	/**
	 * A whole address: the optional fields left out are cleared.
	 */
	record AddressRequest(@NotNull AddressType type, @NotNull @Size(max = 100) String fullName,
			@NotNull @Size(max = 200) String line1, @Size(max = 200) String line2,
			@NotNull @Size(max = 100) String city, @Size(max = 100) String region,
			@NotNull @Size(max = 32) String postalCode, @NotNull @Size(max = 16) String country,
			@Size(max = 40) String phone) {

		AddressDraft toDraft() {
			return new AddressDraft(this.type, this.fullName, this.line1, this.line2, this.city, this.region,
					this.postalCode, this.country, this.phone);
		}

	}

	/**
	 * The fields of an address to change; those missing stay.
	 */
	record AddressPatchRequest(AddressType type, @Size(min = 1, max = 100) String fullName,
			@Size(min = 1, max = 200) String line1, @Size(max = 200) String line2,
			@Size(min = 1, max = 100) String city, @Size(max = 100) String region,
			@Size(min = 1, max = 32) String postalCode, @Size(min = 1, max = 16) String country,
			@Size(max = 40) String phone) {

		AddressPatch toPatch() {
			return new AddressPatch(this.type, this.fullName, this.line1, this.line2, this.city, this.region,
					this.postalCode, this.country, this.phone);
		}

	}

	record AddressListResponse(List<AddressResponse> results) {

	}

	record AddressResponse(UUID id, AddressType type, String fullName, String line1, @Nullable String line2,
			String city, @Nullable String region, String postalCode,
			@Schema(description = "ISO 3166-1 alpha-2, upper case") String country,
			@Schema(description = "E.164") @Nullable String phone, boolean isDefault, Instant createdAt,
			Instant updatedAt) {

		static AddressResponse of(AddressView address) {
			return new AddressResponse(address.id(), address.type(), address.fullName(), address.line1(),
					address.line2(), address.city(), address.region(), address.postalCode(), address.country(),
					address.phone(), address.isDefault(), address.createdAt(), address.updatedAt());
		}

	}

}
