package io.mercato.ordering.internal;

import org.springframework.context.ApplicationContext;

/**
 * Runs the ordering module's scheduled jobs from tests, which switch the scheduler off.
 */
public final class OrderingJobs {

	private OrderingJobs() {
	}

	/** Runs the expiry of unpaid orders now; answers how many it cancelled. */
	public static int expireOverdueOrders(ApplicationContext context) {
		return context.getBean(OrderExpiry.class).expireOverdueOrders();
	}

}
