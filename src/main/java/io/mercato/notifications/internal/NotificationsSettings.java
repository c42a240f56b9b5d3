package io.mercato.notifications.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the notifications' mails link back; see the README for the environment variable.
 *
 * @param frontendUrl the base of the links in order mails, such as
 * {@code https://shop.example.com}
 */
@ConfigurationProperties("mercato.notifications")
record NotificationsSettings(@DefaultValue("http://localhost:3000") String frontendUrl) {

	NotificationsSettings {
		frontendUrl = frontendUrl.endsWith("/") ? frontendUrl.substring(0, frontendUrl.length() - 1) : frontendUrl;
	}

}
