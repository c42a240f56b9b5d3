package io.mercato.notifications;

import io.mercato.shared.domain.DomainException;

/**
 * A request the notifications module refuses. The subclasses are the cases callers tell
 * apart; each names its kind of refusal and stable code in its constructor.
 */
public abstract class NotificationsException extends DomainException {

	protected NotificationsException(Refusal refusal, String code, String message) {
		super(refusal, code, message);
	}

	/**
	 * No such notification of the caller: unknown, or another user's (404
	 * {@code notification_not_found}).
	 */
	public static class NotificationNotFound extends NotificationsException {

		public NotificationNotFound() {
			super(Refusal.NOT_FOUND, "notification_not_found", "There is no such notification.");
		}

	}

}
