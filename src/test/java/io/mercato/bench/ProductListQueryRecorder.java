package io.mercato.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's datasource and remembers the last product-list statement it
 * sent, with its parameters, so that the benchmark can explain exactly that statement.
 */
final class ProductListQueryRecorder implements BeanPostProcessor {

	// only the product list selects this column; see ProductListQuery
	private static final String PRODUCT_LIST_MARKER = " as relevance";

	private volatile RecordedQuery last;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
			return ProxyDataSourceBuilder.create(dataSource).name("benchmark").listener(new Listener()).build();
		}
		return bean;
	}

	/**
	 * Returns the last product-list statement.
	 * @return the statement and its parameters
	 * @throws IllegalStateException when the application sent none yet
	 */
	RecordedQuery last() {
		RecordedQuery query = this.last;
		if (query == null) {
			throw new IllegalStateException("The application has not listed products yet");
		}
		return query;
	}

	/**
	 * A statement as the application sent it.
	 *
	 * @param sql the SQL with {@code ?} placeholders
	 * @param parameters the bound values, in placeholder order
	 */
	record RecordedQuery(String sql, List<Object> parameters) {

		/**
		 * Returns the same statement with another {@code limit}: the last parameter, and
		 * the per-category limit before it where a category filter reads each category's
		 * first rows (the only other integer parameter of the list).
		 */
		RecordedQuery withLimit(int limit) {
			Object original = this.parameters.get(this.parameters.size() - 1);
			List<Object> changed = new ArrayList<>(this.parameters);
			changed.replaceAll((value) -> original.equals(value) ? limit : value);
			return new RecordedQuery(this.sql, changed);
		}

	}

	private final class Listener implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			for (QueryInfo query : queries) {
				if (query.getQuery().contains(PRODUCT_LIST_MARKER)) {
					List<Object> parameters = new ArrayList<>();
					if (!query.getParametersList().isEmpty()) {
						query.getParametersList()
							.get(0)
							.stream()
							.sorted(Comparator.comparingInt((operation) -> (Integer) operation.getArgs()[0]))
							.forEach((operation) -> parameters
								.add(ParameterSetOperation.isSetNullParameterOperation(operation) ? null
										: operation.getArgs()[1]));
					}
					ProductListQueryRecorder.this.last = new RecordedQuery(query.getQuery(), parameters);
				}
			}
		}

	}

}
