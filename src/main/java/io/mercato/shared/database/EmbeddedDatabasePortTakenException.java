package io.mercato.shared.database;

/**
 * The embedded PostgreSQL cannot run on its port because something else listens there,
 * most likely another instance's database. The application does not start.
 */
class EmbeddedDatabasePortTakenException extends IllegalStateException {

	private final int port;

	EmbeddedDatabasePortTakenException(int port, String found, Throwable cause) {
		super("The embedded PostgreSQL cannot start: port " + port + " on localhost is taken" + found
				+ ". Stop what runs there, or give this instance another port with MERCATO_EMBEDDED_DB_PORT "
				+ "(mercato.embedded-database.port).", cause);
		this.port = port;
	}

	int port() {
		return this.port;
	}

}
