package io.mercato.accounts.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.mercato.accounts.UserAdministration;
import io.mercato.accounts.UserAdministration.AuditEntry;
import io.mercato.shared.security.ClientInfo;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.shared.web.NumberedPage;
import io.mercato.shared.web.PagingQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users of every role, shopkeeper verification and the audit log, for admins.
 */
@Tag(name = "Users (admin)")
@SecurityRequirement(name = "bearerAuth")
@RestController
@RequestMapping("/api/v1/admin")
class UserAdminController {

	private final UserAdministration administration;

	UserAdminController(UserAdministration administration) {
		this.administration = administration;
	}

	@Operation(summary = "List users", description = "Newest first; search matches email, name or shop name.")
	@GetMapping("/users")
	NumberedPage<UserResponse> listUsers(@RequestParam(required = false) Role role,
			@RequestParam(name = "is_active", required = false) Boolean active,
			@RequestParam(required = false) @Size(max = 100) String search,
			@RequestParam(defaultValue = "1") @Min(1) int page, @RequestParam(name = "page_size",
					defaultValue = "20") @Min(1) @Max(PagingQuery.MAX_PAGE_SIZE) int pageSize) {
		return NumberedPage.of(this.administration.users(role, active, search,
				new PagingQuery(page, pageSize).toPageable(Sort.unsorted())), UserResponse::of);
	}

	@Operation(summary = "Deactivate a user",
			description = "Ends their sessions; they can no longer log in. The marketplace always keeps an "
					+ "active admin.")
	@ApiResponse(responseCode = "200", description = "The deactivated user")
	@ApiResponse(responseCode = "409",
			description = "cannot_deactivate_self: the user is the caller; last_active_admin: the user is the "
					+ "only active admin",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	@PostMapping("/users/{id}/deactivate")
	UserResponse deactivateUser(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, ClientInfo client) {
		return UserResponse.of(this.administration.deactivate(admin, client, id));
	}

	@Operation(summary = "Activate a user")
	@PostMapping("/users/{id}/activate")
	UserResponse activateUser(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, ClientInfo client) {
		return UserResponse.of(this.administration.activate(admin, client, id));
	}

	@Operation(summary = "Verify a shopkeeper", description = "Lets the shopkeeper list products.")
	@ApiResponse(responseCode = "200", description = "The shopkeeper, verified")
	@ApiResponse(responseCode = "409", description = "not_a_shopkeeper: the user is no shopkeeper")
	@PostMapping("/shopkeepers/{id}/verify")
	UserResponse verifyShopkeeper(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			ClientInfo client) {
		return UserResponse.of(this.administration.verifyShopkeeper(admin, client, id, true));
	}

	@Operation(summary = "Withdraw a shopkeeper's verification")
	@ApiResponse(responseCode = "200", description = "The shopkeeper, no longer verified")
	@ApiResponse(responseCode = "409", description = "not_a_shopkeeper: the user is no shopkeeper")
	@PostMapping("/shopkeepers/{id}/unverify")
	UserResponse unverifyShopkeeper(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			ClientInfo client) {
		return UserResponse.of(this.administration.verifyShopkeeper(admin, client, id, false));
	}

	@Operation(summary = "List admin actions", description = "Newest first.")
	@GetMapping("/audit-log")
	NumberedPage<AuditEntryResponse> listAuditLog(@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(name = "page_size",
					defaultValue = "20") @Min(1) @Max(PagingQuery.MAX_PAGE_SIZE) int pageSize) {
		return NumberedPage.of(
				this.administration.auditLog(new PagingQuery(page, pageSize).toPageable(Sort.unsorted())),
				AuditEntryResponse::of);
	}

	record AuditEntryResponse(UUID id, UUID actorId, String action, String targetType, UUID targetId,
			@Nullable String ip, Instant createdAt) {

		static AuditEntryResponse of(AuditEntry entry) {
			return new AuditEntryResponse(entry.id(), entry.actorId(), entry.action(), entry.targetType(),
					entry.targetId(), entry.ip(), entry.createdAt());
		}

	}

}
