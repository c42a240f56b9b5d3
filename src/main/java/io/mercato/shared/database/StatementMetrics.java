package io.mercato.shared.database;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the statements the application sends to the database, as the meter
 * {@code mercato.db.statements} ({@code mercato_db_statements_total} on
 * {@code /actuator/prometheus}); a batch counts once, as it is one round trip. Divided by
 * the orders placed over the same time, it says what an order costs the database: the
 * benchmarks under {@code bench/} read it so.
 */
@Component
class StatementMetrics implements BeanPostProcessor, MeterBinder {

	static final String METER = "mercato.db.statements";

	private final LongAdder statements = new LongAdder();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
			return ProxyDataSourceBuilder.create(dataSource).listener(new Counting()).build();
		}
		return bean;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder(METER, this.statements, LongAdder::sum)
			.description("Statements sent to the database; a batch counts once")
			.register(registry);
	}

	private final class Counting implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			StatementMetrics.this.statements.increment();
		}

	}

}
