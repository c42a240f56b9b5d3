package io.mercato.catalog.internal;

import java.util.Locale;
import java.util.function.Predicate;

import com.github.slugify.Slugify;

import io.mercato.shared.domain.Ids;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * URL names made from display names: lower-case ASCII words joined by dashes, unique
 * within their kind by a short suffix when the plain form is taken.
 */
@Component
class Slugs {

	private static final Slugify SLUGIFY = Slugify.builder().lowerCase(true).locale(Locale.ROOT).build();

	private static final int MAX_LENGTH = 100;

	private final JdbcClient jdbc;

	Slugs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Returns a slug of the name that is not taken. Must run in the transaction that
	 * stores it: a transaction-scoped lock on each candidate makes concurrent creations
	 * of the same name wait for each other instead of both picking the plain form.
	 * @param kind {@code product}, {@code category} or {@code brand}: the slug of a name
	 * with no letters or digits, and the lock's namespace
	 * @param name the display name
	 * @param taken whether a stored row has the slug
	 */
	String unique(String kind, String name, Predicate<String> taken) {
		String base = SLUGIFY.slugify(name);
		if (base.isEmpty()) {
			base = kind;
		}
		if (base.length() > MAX_LENGTH) {
			base = base.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		String slug = base;
		while (isTaken(kind, slug, taken)) {
			// the tail of a UUIDv7 is random: a clash of the suffixed form is next to
			// impossible
			String id = Ids.newId().toString();
			slug = base + "-" + id.substring(id.length() - 6);
		}
		return slug;
	}

	private boolean isTaken(String kind, String slug, Predicate<String> taken) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(kind + ":" + slug).query().singleRow();
		return taken.test(slug);
	}

}
