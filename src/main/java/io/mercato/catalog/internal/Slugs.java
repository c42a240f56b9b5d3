package io.mercato.catalog.internal;

import java.util.Locale;
import java.util.function.Predicate;

import com.github.slugify.Slugify;

import io.mercato.shared.domain.Ids;

/**
 * URL names made from display names: lower-case ASCII words joined by dashes, unique
 * within their kind by a short suffix when the plain form is taken.
 */
final class Slugs {

	private static final Slugify SLUGIFY = Slugify.builder().lowerCase(true).locale(Locale.ROOT).build();

	private static final int MAX_LENGTH = 100;

	private Slugs() {
	}

	static String unique(String name, String fallback, Predicate<String> taken) {
		String base = SLUGIFY.slugify(name);
		if (base.isEmpty()) {
			base = fallback;
		}
		if (base.length() > MAX_LENGTH) {
			base = base.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		String slug = base;
		while (taken.test(slug)) {
			// the tail of a UUIDv7 is random: a clash of the suffixed form is next to
			// impossible
			String id = Ids.newId().toString();
			slug = base + "-" + id.substring(id.length() - 6);
		}
		return slug;
	}

}
