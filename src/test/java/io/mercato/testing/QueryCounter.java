package io.mercato.testing;

import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;

/**
 * Counts the SQL statements the current thread sends through the application's
 * datasource, so that a test can hold an endpoint to its query budget: <pre>
 * QueryCounter.reset();
 * mvc.get().uri("/api/v1/products").exchange();
 * assertThat(QueryCounter.count()).isLessThanOrEqualTo(3);
 * </pre> MockMvc handles the request on the test's thread, so only that request's
 * statements are counted.
 */
public final class QueryCounter {

	static final String DATASOURCE_NAME = "mercato";

	private QueryCounter() {
	}

	/** Starts counting from zero. */
	public static void reset() {
		QueryCountHolder.clear();
	}

	/**
	 * Returns the statements sent since the last {@link #reset()}.
	 * @return the number of statements of any kind
	 */
	public static long count() {
		QueryCount count = QueryCountHolder.get(DATASOURCE_NAME);
		return (count != null) ? count.getTotal() : 0;
	}

}
