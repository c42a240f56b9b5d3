package io.mercato.notifications.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mercato.notifications.Inbox;
import io.mercato.notifications.NotificationType;
import io.mercato.notifications.NotificationView;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.CursorPage;
import io.mercato.shared.web.InvalidFieldsException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own notifications: the list, the unread count, and marking them read.
 * Another user's notification answers 404 {@code notification_not_found}, as an unknown
 * one does.
 */
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearerAuth")
@RestController
class NotificationController {

	private static final String PROBLEM = "application/problem+json";

	private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

	private final Inbox inbox;

	NotificationController(Inbox inbox) {
		this.inbox = inbox;
	}

	@Operation(summary = "List my notifications",
			description = "Newest first, cursor-paginated: follow `next` and `previous`; every page costs the same "
					+ "however deep. `is_read` keeps only the read (`true`) or unread (`false`) ones.")
	@ApiResponse(responseCode = "200", description = "A page of notifications")
	@ApiResponse(responseCode = "400",
			description = "validation_failed: is_read other than true or false, or page_size out of range; "
					+ "invalid_cursor: a cursor of another list or filter",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@GetMapping("/api/v1/notifications")
	CursorPage<NotificationResponse> listNotifications(@AuthenticationPrincipal CurrentUser caller,
			@Parameter(description = "Only read (true) or only unread (false) notifications",
					schema = @Schema(type = "boolean")) @RequestParam(name = "is_read", required = false) String read,
			@RequestParam(name = CursorPage.CURSOR_PARAMETER, required = false) String cursor,
			@RequestParam(name = "page_size", defaultValue = "20") @Min(1) @Max(Inbox.MAX_PAGE_SIZE) int pageSize) {
		return CursorPage.of(this.inbox.list(caller, readFilter(read), cursor, pageSize).map(NotificationResponse::of));
	}

	@Operation(summary = "Count my unread notifications")
	@ApiResponse(responseCode = "200", description = "The count")
	@GetMapping("/api/v1/notifications/unread-count")
	UnreadCountResponse countUnreadNotifications(@AuthenticationPrincipal CurrentUser caller) {
		return new UnreadCountResponse(this.inbox.unreadCount(caller));
	}

	@Operation(summary = "Mark a notification read",
			description = "Marking a read notification again changes nothing; it keeps its first read_at.")
	@ApiResponse(responseCode = "200", description = "The notification, read")
	@ApiResponse(responseCode = "404", description = "notification_not_found: unknown, or another user's",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@PostMapping("/api/v1/notifications/{id}/read")
	NotificationResponse markNotificationRead(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id) {
		return NotificationResponse.of(this.inbox.markRead(caller, id));
	}

	@Operation(summary = "Mark all my notifications read")
	@ApiResponse(responseCode = "200", description = "How many were unread")
	@PostMapping("/api/v1/notifications/read-all")
	ReadAllResponse markAllNotificationsRead(@AuthenticationPrincipal CurrentUser caller) {
		return new ReadAllResponse(this.inbox.markAllRead(caller));
	}

	/**
	 * Only {@code true} and {@code false}: Spring would also read {@code yes}, {@code on}
	 * or {@code 1}, and an unknown filter value is refused, never guessed at.
	 */
	private static Boolean readFilter(String value) {
		if (value == null) {
			return null;
		}
		if (value.equals("true") || value.equals("false")) {
			return Boolean.valueOf(value);
		}
		throw new InvalidFieldsException("is_read", "must be true or false");
	}

	record NotificationResponse(UUID id, NotificationType type, String title, String message,
			@Schema(description = "Ids to link to, by name: order_id, order_number, payment_id, refund_id, product_id, "
					+ "user_id, carrier, tracking_number, reason, failure_code") Map<String, String> data,
			@JsonProperty("is_read") boolean read, @Schema(format = "date-time") @Nullable Instant readAt,
			Instant createdAt) {

		static NotificationResponse of(NotificationView view) {
			return new NotificationResponse(view.id(), view.type(), view.title(), view.message(), view.data(),
					view.read(), view.readAt(), view.createdAt());
		}

	}

	record UnreadCountResponse(long unreadCount) {

	}

	record ReadAllResponse(int updated) {

	}

}
