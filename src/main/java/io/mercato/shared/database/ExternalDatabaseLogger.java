package io.mercato.shared.database;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Says at start-up which external database the application uses (the embedded server logs
 * its own line), without the password.
 */
@Component
@ConditionalOnProperty("spring.datasource.url")
class ExternalDatabaseLogger implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseLogger.class);

	private final DataSource dataSource;

	ExternalDatabaseLogger(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		try (var connection = this.dataSource.getConnection()) {
			var metadata = connection.getMetaData();
			log.info("Database: external {} {} at {}", metadata.getDatabaseProductName(),
					metadata.getDatabaseProductVersion(), metadata.getURL());
		}
	}

}
