package io.mercato.cart.internal;

import org.springframework.context.ApplicationContext;

/**
 * Runs the cart's scheduled jobs from tests, which switch the scheduler off.
 */
public final class CartJobs {

	private CartJobs() {
	}

	public static int abandonIdleCarts(ApplicationContext context) {
		return context.getBean(CartAbandonment.class).abandonIdleCarts();
	}

}
