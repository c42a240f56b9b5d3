package io.mercato.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded PostgreSQL runs when no datasource URL is configured.
 *
 * @param dataDirectory the cluster's data directory; kept across restarts
 * @param port the port it listens on (localhost only)
 * @param databaseName the database the application uses, created on first start
 */
@ConfigurationProperties("mercato.embedded-database")
record EmbeddedDatabaseProperties(Path dataDirectory, int port, String databaseName) {

}
