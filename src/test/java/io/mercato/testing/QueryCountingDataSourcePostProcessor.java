package io.mercato.testing;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's datasource so that {@link QueryCounter} sees every statement.
 */
class QueryCountingDataSourcePostProcessor implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
			return ProxyDataSourceBuilder.create(dataSource).name(QueryCounter.DATASOURCE_NAME).countQuery().build();
		}
		return bean;
	}

}
