package io.mercato.accounts.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mercato.accounts.UserAdministration;
import io.mercato.accounts.UserAdministration.CustomerDetails;
import io.mercato.accounts.UserView;
import io.mercato.shared.security.ClientInfo;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.shared.web.NumberedPage;
import io.mercato.shared.web.PagingQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers as an admin manages them. Every change is written to the audit log.
 */
@Tag(name = "Customers (admin)")
@SecurityRequirement(name = "bearerAuth")
@RestController
@RequestMapping("/api/v1/customers")
class CustomerAdminController {

	private final UserAdministration administration;

	CustomerAdminController(UserAdministration administration) {
		this.administration = administration;
	}

	@Operation(summary = "List customers", description = "Newest first; search matches email or name.")
	@GetMapping
	NumberedPage<UserResponse> listCustomers(@RequestParam(required = false) @Size(max = 100) String search,
			@RequestParam(defaultValue = "1") @Min(1) int page, @RequestParam(name = "page_size",
					defaultValue = "20") @Min(1) @Max(PagingQuery.MAX_PAGE_SIZE) int pageSize) {
		return NumberedPage.of(this.administration.users(Role.CUSTOMER, null, search,
				new PagingQuery(page, pageSize).toPageable(Sort.unsorted())), UserResponse::of);
	}

	@Operation(summary = "Create a customer",
			description = "Without a password the customer chooses one through a password reset.")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "409", description = "email_taken or phone_taken: another account has it")
	@PostMapping
	ResponseEntity<UserResponse> createCustomer(@AuthenticationPrincipal CurrentUser admin,
			@Valid @RequestBody CreateCustomerRequest request, ClientInfo client) {
		UserView customer = this.administration.createCustomer(admin, client, new CustomerDetails(request.email(),
				request.password(), request.fullName(), request.phone(), request.active()));
		return ResponseEntity.created(URI.create("/api/v1/customers/" + customer.id())).body(UserResponse.of(customer));
	}

	@Operation(summary = "Show a customer")
	@GetMapping("/{id}")
	UserResponse showCustomer(@PathVariable UUID id) {
		return UserResponse.of(this.administration.customer(id));
	}

	@Operation(summary = "Replace a customer's details")
	@ApiResponse(responseCode = "200", description = "The customer as replaced")
	@ApiResponse(responseCode = "409", description = "email_taken or phone_taken: another account has it")
	@PutMapping("/{id}")
	UserResponse replaceCustomer(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@Valid @RequestBody CustomerRequest request, ClientInfo client) {
		return UserResponse.of(this.administration.replaceCustomer(admin, client, id, request.toDetails()));
	}

	@Operation(summary = "Change parts of a customer's details")
	@ApiResponse(responseCode = "200", description = "The customer as changed")
	@ApiResponse(responseCode = "409", description = "email_taken or phone_taken: another account has it")
	@PatchMapping("/{id}")
	UserResponse patchCustomer(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@Valid @RequestBody CustomerRequest request, ClientInfo client) {
		return UserResponse.of(this.administration.patchCustomer(admin, client, id, request.toDetails()));
	}

	@Operation(summary = "Delete a customer",
			description = "Soft: the customer can no longer log in and disappears from lists; their orders keep them.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteCustomer(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, ClientInfo client) {
		this.administration.deleteCustomer(admin, client, id);
	}

	record CreateCustomerRequest(@NotBlank @Email @Size(max = 254) String email, @Size(max = 72) String password,
			@NotBlank @Size(max = 150) String fullName, @Size(max = 32) String phone,
			@JsonProperty("is_active") Boolean active) {

	}

	record CustomerRequest(@Email @Size(max = 254) String email, @Size(max = 150) String fullName,
			@Size(max = 32) String phone, @JsonProperty("is_active") Boolean active) {

		CustomerDetails toDetails() {
			return new CustomerDetails(this.email, null, this.fullName, this.phone, this.active);
		}

	}

}
