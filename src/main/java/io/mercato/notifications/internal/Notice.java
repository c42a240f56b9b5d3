package io.mercato.notifications.internal;

import java.util.Map;
import java.util.UUID;

import io.mercato.notifications.NotificationType;

/**
 * One notification to write for one user.
 *
 * @param userId the recipient
 * @param type what it is about
 * @param title a short headline
 * @param message the text
 * @param data the ids it links to
 * @param dedupeKey the event's natural id with the type: a notice whose user already has
 * one under the key is not written again
 */
record Notice(UUID userId, NotificationType type, String title, String message, Map<String, String> data,
		String dedupeKey) {

}
