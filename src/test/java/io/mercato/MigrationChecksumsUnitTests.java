package io.mercato;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps released migrations as they were released: a database that ran one never runs it
 * again, so an edit would never reach it (and Flyway refuses to start on a changed
 * checksum). A change goes into a new {@code V<n>__} file, whose checksum is then
 * recorded in {@code db/migration-checksums.txt}.
 */
class MigrationChecksumsUnitTests {

	private static final String RECORD = "db/migration-checksums.txt";

	@Test
	void releasedMigrationsAreNeverEditedOrRemoved() throws IOException {
		Map<String, String> released = released();
		Map<String, String> current = current();

		released.forEach((path, checksum) -> assertThat(current.get(path))
			.as("%s was released; put the change into a new V<n>__ migration instead", path)
			.isEqualTo(checksum));
	}

	@Test
	void everyMigrationIsRecorded() throws IOException {
		Map<String, String> released = released();
		current().forEach((path, checksum) -> assertThat(released.get(path))
			.as("record the new migration in src/test/resources/%s: %s %s", RECORD, checksum, path)
			.isEqualTo(checksum));
	}

	private static Map<String, String> released() throws IOException {
		Map<String, String> released = new TreeMap<>();
		String text = new ClassPathResource(RECORD).getContentAsString(StandardCharsets.UTF_8);
		for (String line : text.split("\n")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] fields = line.trim().split("\\s+");
				released.put(fields[1], fields[0]);
			}
		}
		return released;
	}

	private static Map<String, String> current() throws IOException {
		Map<String, String> current = new TreeMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath:db/migration/**/*.sql")) {
			String url = resource.getURL().toString();
			current.put(url.substring(url.lastIndexOf("db/migration/")), sha256(resource));
		}
		return current;
	}

	private static String sha256(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
