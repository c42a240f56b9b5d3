package io.mercato.accounts.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.mercato.accounts.AccountSelfService;
import io.mercato.shared.security.ClientInfo;
import io.mercato.accounts.LoginResult;
import io.mercato.accounts.Registration;
import io.mercato.accounts.LoginSessions;
import io.mercato.accounts.SessionView;
import io.mercato.accounts.UserView;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.RateLimiter;
import io.mercato.shared.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-up, login sessions, email verification and passwords.
 */
@Tag(name = "Authentication")
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

	private static final String PROBLEM = "application/problem+json";

	// registrations and logins count against limits of their own, so that signing up
	// leaves the new user's login attempts whole
	private static final String REGISTRATION = "registration";

	private static final String LOGIN = "login";

	private static final String REGISTRATION_LIMITS = "Sign-ups are limited per client address and per email address "
			+ "(5 a minute by default); over a limit, 429 too_many_requests with Retry-After.";

	private final AccountSelfService accounts;

	private final LoginSessions sessions;

	private final RateLimiter rateLimiter;

	AuthController(AccountSelfService accounts, LoginSessions sessions, RateLimiter rateLimiter) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.rateLimiter = rateLimiter;
	}

	// one operation a path, so that each has an operationId of its own rather than a
	// numbered copy
	@Operation(summary = "Register",
			description = "Public. The same as POST /api/v1/auth/register/customer: creates a customer account.")
	@ApiResponse(responseCode = "201", description = "Registered")
	@ApiResponse(responseCode = "409", description = "email_taken or phone_taken",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
	@PostMapping("/register")
	ResponseEntity<UserResponse> register(@Valid @RequestBody RegisterCustomerRequest request, ClientInfo client) {
		return registerCustomer(request, client);
	}

	@Operation(summary = "Register a customer",
			description = "Public. Creates a customer account and mails an email-verification link. "
					+ "An unverified address does not block login or shopping. " + REGISTRATION_LIMITS)
	@ApiResponse(responseCode = "201", description = "Registered")
	@ApiResponse(responseCode = "409", description = "email_taken or phone_taken",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
	@PostMapping("/register/customer")
	ResponseEntity<UserResponse> registerCustomer(@Valid @RequestBody RegisterCustomerRequest request,
			ClientInfo client) {
		this.rateLimiter.checkAuthenticationAttempt(REGISTRATION, client.ip(), request.email());
		UserView user = this.accounts.register(new Registration(Role.CUSTOMER, request.email(), request.password(),
				request.passwordConfirm(), request.fullName(), request.phone(), null, null));
		return created(user);
	}

	@Operation(summary = "Register a shopkeeper",
			description = "Public. Creates a shopkeeper account; an admin must verify it before products can be listed. "
					+ REGISTRATION_LIMITS)
	@ApiResponse(responseCode = "201", description = "Registered")
	@ApiResponse(responseCode = "409", description = "email_taken or phone_taken",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
	@PostMapping("/register/shopkeeper")
	ResponseEntity<UserResponse> registerShopkeeper(@Valid @RequestBody RegisterShopkeeperRequest request,
			ClientInfo client) {
		this.rateLimiter.checkAuthenticationAttempt(REGISTRATION, client.ip(), request.email());
		UserView user = this.accounts
			.register(new Registration(Role.SHOPKEEPER, request.email(), request.password(), request.passwordConfirm(),
					request.fullName(), request.phone(), request.shopName(), request.taxNumber()));
		return created(user);
	}

	@Operation(summary = "Confirm an email address", description = "Public. Spends the token from the mailed link.")
	@ApiResponse(responseCode = "204", description = "Confirmed")
	@PostMapping("/verify-email")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void verifyEmail(@Valid @RequestBody TokenRequest request) {
		this.accounts.verifyEmail(request.token());
	}

	@Operation(summary = "Mail a new verification link",
			description = "Public. Always answers 202, whether or not the address has an account.")
	@ApiResponse(responseCode = "202", description = "Accepted")
	@PostMapping("/verify-email/resend")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void resendEmailVerification(@Valid @RequestBody EmailRequest request) {
		this.accounts.resendEmailVerification(request.email());
	}

	@Operation(summary = "Log in",
			description = "Public. Opens a session: a 15-minute access token and a single-use refresh token. "
					+ "A user has at most 3 active sessions; a further login ends the oldest. "
					+ "Attempts are limited per client address and per email address (5 a minute by default); "
					+ "over a limit, 429 too_many_requests with Retry-After.")
	@ApiResponse(responseCode = "200", description = "Logged in")
	@ApiResponse(responseCode = "401", description = "invalid_credentials: unknown email or wrong password",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
	@ApiResponse(responseCode = "403", description = "account_inactive or email_not_verified",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
	@PostMapping("/login")
	TokenResponse login(@Valid @RequestBody LoginRequest request, ClientInfo client) {
		this.rateLimiter.checkAuthenticationAttempt(LOGIN, client.ip(), request.email());
		return TokenResponse.of(this.sessions.login(request.email(), request.password(), client));
	}

	@Operation(summary = "Exchange a refresh token",
			description = "Public. The presented token is spent; presenting it again ends the whole session.")
	@ApiResponse(responseCode = "200", description = "New tokens")
	@ApiResponse(responseCode = "401", description = "invalid_refresh_token",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
	@PostMapping("/refresh")
	TokenResponse refresh(@Valid @RequestBody RefreshRequest request, ClientInfo client) {
		return TokenResponse.of(this.sessions.refresh(request.refresh(), client));
	}

	@Operation(summary = "Log out", description = "Ends the current session; its access token is refused at once.")
	@ApiResponse(responseCode = "204", description = "Logged out")
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logout(@AuthenticationPrincipal CurrentUser user) {
		this.sessions.revoke(user, user.sessionId());
	}

	@Operation(summary = "Log out everywhere", description = "Ends every session of the caller.")
	@ApiResponse(responseCode = "204", description = "Logged out")
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/logout-all")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logoutEverywhere(@AuthenticationPrincipal CurrentUser user) {
		this.sessions.revokeAll(user);
	}

	@Operation(summary = "List my sessions", description = "The caller's active sessions, oldest first.")
	@SecurityRequirement(name = "bearerAuth")
	@GetMapping("/sessions")
	List<SessionResponse> listSessions(@AuthenticationPrincipal CurrentUser user) {
		return this.sessions.activeSessions(user).stream().map(SessionResponse::of).toList();
	}

	@Operation(summary = "End one of my sessions")
	@ApiResponse(responseCode = "204", description = "Ended")
	@ApiResponse(responseCode = "404", description = "session_not_found: no such active session of the caller",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
	@SecurityRequirement(name = "bearerAuth")
	@DeleteMapping("/sessions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void endSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		this.sessions.revoke(user, id);
	}

	@Operation(summary = "Change my password", description = "Ends every other session of the caller.")
	@ApiResponse(responseCode = "204", description = "Changed")
	@SecurityRequirement(name = "bearerAuth")
	@PostMapping("/password/change")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ChangePasswordRequest request) {
		this.accounts.changePassword(user, request.currentPassword(), request.newPassword(),
				request.newPasswordConfirm());
	}

	@Operation(summary = "Mail a password-reset link",
			description = "Public. Always answers 202, whether or not the address has an account.")
	@ApiResponse(responseCode = "202", description = "Accepted")
	@PostMapping("/password/reset")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void requestPasswordReset(@Valid @RequestBody EmailRequest request) {
		this.accounts.requestPasswordReset(request.email());
	}

	@Operation(summary = "Set a new password with a reset token",
			description = "Public. Spends the token and ends every session of the user.")
	@ApiResponse(responseCode = "204", description = "Changed")
	@PostMapping("/password/reset/confirm")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetPassword(@Valid @RequestBody ResetPasswordRequest request) {
		this.accounts.resetPassword(request.token(), request.newPassword(), request.newPasswordConfirm());
	}

	private static ResponseEntity<UserResponse> created(UserView user) {
		return ResponseEntity.created(URI.create("/api/v1/profile")).body(UserResponse.of(user));
	}

	record RegisterCustomerRequest(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(max = 72) String password, @NotBlank @Size(max = 72) String passwordConfirm,
			@NotBlank @Size(max = 150) String fullName, @Size(max = 32) String phone) {

	}

	record RegisterShopkeeperRequest(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(max = 72) String password, @NotBlank @Size(max = 72) String passwordConfirm,
			@Size(max = 150) String fullName, @NotBlank @Size(max = 150) String shopName,
			@Size(max = 30) String taxNumber, @Size(max = 32) String phone) {

	}

	record TokenRequest(@NotBlank @Size(max = 100) String token) {

	}

	record EmailRequest(@NotBlank @Email @Size(max = 254) String email) {

	}

	record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 72) String password) {

	}

	record RefreshRequest(@NotBlank @Size(max = 100) String refresh) {

	}

	record ChangePasswordRequest(@NotBlank @Size(max = 72) String currentPassword,
			@NotBlank @Size(max = 72) String newPassword, @NotBlank @Size(max = 72) String newPasswordConfirm) {

	}

	record ResetPasswordRequest(@NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 72) String newPassword,
			@NotBlank @Size(max = 72) String newPasswordConfirm) {

	}

	/**
	 * The tokens of a session.
	 */
	record TokenResponse(@Schema(description = "JWT for Authorization: Bearer") String access,
			@Schema(example = "Bearer") String tokenType, Instant accessExpiresAt,
			@Schema(description = "Opaque, single use") String refresh, UUID sessionId, UserResponse user) {

		static TokenResponse of(LoginResult result) {
			return new TokenResponse(result.access(), "Bearer", result.accessExpiresAt(), result.refresh(),
					result.sessionId(), UserResponse.of(result.user()));
		}

	}

	record SessionResponse(UUID id, @Nullable String ip, @Nullable String userAgent, Instant createdAt,
			Instant lastActivityAt, boolean current) {

		static SessionResponse of(SessionView session) {
			return new SessionResponse(session.id(), session.ip(), session.userAgent(), session.createdAt(),
					session.lastActivityAt(), session.current());
		}

	}

}
