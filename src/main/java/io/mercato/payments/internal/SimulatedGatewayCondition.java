package io.mercato.payments.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether the simulated gateway exists: it approves any payment without money moving, so
 * it is there only when {@code mercato.payments.simulated.enabled} says so, or, left
 * unset, in the embedded development mode (no datasource URL configured). A deployment on
 * an external database has no simulated gateway unless it asks for one.
 */
class SimulatedGatewayCondition implements Condition {

	static final String ENABLED = "mercato.payments.simulated.enabled";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String enabled = context.getEnvironment().getProperty(ENABLED);
		if (StringUtils.hasText(enabled)) {
			return Boolean.parseBoolean(enabled.strip());
		}
		return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
	}

}
