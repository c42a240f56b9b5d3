package io.mercato.notifications.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.mercato.notifications.Inbox;
import io.mercato.notifications.NotificationView;
import io.mercato.notifications.NotificationsException;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.InvalidFieldsException;
import io.mercato.shared.web.KeysetPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's notifications: every statement is bound to the caller's id, so another
 * user's notification is never read or changed, and is answered as unknown.
 */
@Service
@Transactional
class InboxService implements Inbox {

	private static final String LIST = "notifications";

	private final NotificationRepository notifications;

	private final Clock clock;

	InboxService(NotificationRepository notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public KeysetPage<NotificationView> list(CurrentUser caller, Boolean read, String cursor, int pageSize) {
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new InvalidFieldsException("page_size", "must be between 1 and " + MAX_PAGE_SIZE);
		}
		// the filter is part of the list's name: a cursor of the unread list is refused
		// by the read one
		String list = (read != null) ? LIST + ":is_read=" + read : LIST;
		KeysetPage.Position position = KeysetPage.position(list, cursor);
		NotificationRepository.Keyset after = (position != null)
				? new NotificationRepository.Keyset(position.keys().instant("t"), position.keys().uuid("id")) : null;
		List<NotificationView> rows = this.notifications.page(caller.id(), read, after,
				position != null && position.backwards(), pageSize + 1);
		return KeysetPage.of(list, rows, pageSize, position,
				(row) -> Map.of("t", row.createdAt().toString(), "id", row.id().toString()));
	}

	@Override
	@Transactional(readOnly = true)
	public long unreadCount(CurrentUser caller) {
		return this.notifications.countUnread(caller.id());
	}

	@Override
	public NotificationView markRead(CurrentUser caller, UUID notificationId) {
		return this.notifications.markRead(caller.id(), notificationId, this.clock.instant())
			.orElseThrow(NotificationsException.NotificationNotFound::new);
	}

	@Override
	public int markAllRead(CurrentUser caller) {
		return this.notifications.markAllRead(caller.id(), this.clock.instant());
	}

}
