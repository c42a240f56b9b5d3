package io.mercato.notifications;

import java.util.UUID;

import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.KeysetPage;
import org.jspecify.annotations.Nullable;

/**
 * A user's own notifications, as the notifications' HTTP adapter shows them; no other
 * module calls it. Every method reads or changes only the caller's notifications: another
 * user's answers {@link NotificationsException.NotificationNotFound}, as an unknown one
 * does. Each method runs one statement, whatever the page size.
 */
public interface Inbox {

	/** The largest page {@link #list} answers. */
	int MAX_PAGE_SIZE = 100;

	/**
	 * Lists the caller's notifications, newest first, keyset-paginated.
	 * @param caller the caller
	 * @param read {@code true} for the read ones only, {@code false} for the unread ones
	 * only, {@code null} for all
	 * @param cursor a {@code cursor} of an earlier page of the same filter, or
	 * {@code null} for the first
	 * @param pageSize 1 to {@value #MAX_PAGE_SIZE}
	 * @return the page
	 * @throws io.mercato.shared.web.InvalidCursorException for a cursor of another list
	 * or filter
	 * @throws io.mercato.shared.web.InvalidFieldsException for a page size out of range
	 */
	KeysetPage<NotificationView> list(CurrentUser caller, @Nullable Boolean read, @Nullable String cursor,
			int pageSize);

	/**
	 * Counts the caller's unread notifications.
	 * @param caller the caller
	 * @return the count
	 */
	long unreadCount(CurrentUser caller);

	/**
	 * Marks one of the caller's notifications read; marking a read one again changes
	 * nothing (it keeps its first {@code read_at}).
	 * @param caller the caller
	 * @param notificationId the notification
	 * @return the notification as read
	 * @throws NotificationsException.NotificationNotFound for an unknown notification or
	 * another user's
	 */
	NotificationView markRead(CurrentUser caller, UUID notificationId);

	/**
	 * Marks every unread notification of the caller read, in one statement.
	 * @param caller the caller
	 * @return how many were unread
	 */
	int markAllRead(CurrentUser caller);

}
