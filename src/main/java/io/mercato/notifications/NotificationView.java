package io.mercato.notifications;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A notification as its recipient sees it.
 *
 * @param id the notification
 * @param type what it is about
 * @param title a short headline
 * @param message the text
 * @param data the ids it links to, by name ({@code order_id}, {@code order_number},
 * {@code payment_id}, {@code refund_id}, {@code product_id})
 * @param read whether the recipient marked it read
 * @param readAt when, or {@code null} while unread
 * @param createdAt when it was made
 */
public record NotificationView(UUID id, NotificationType type, String title, String message, Map<String, String> data,
		boolean read, @Nullable Instant readAt, Instant createdAt) {

	public NotificationView {
		data = Map.copyOf(data);
	}

}
