package io.mercato.ordering;

import java.util.List;
import java.util.UUID;

import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.web.KeysetPage;

/**
 * Reading orders, as people see them: a customer their own orders (a guest the one order
 * whose token they hold), a shopkeeper the orders holding their lines, with only those
 * lines and the totals their share of the order, and an admin every order. An order the
 * caller may not see is not found, never forbidden, so that nobody learns which orders
 * exist. Called only by the module's own HTTP adapter.
 */
public interface OrderBook {

	/**
	 * Lists the orders the caller may see, newest first (by the time placed, then the
	 * id), keyset-paginated. A page costs the same few statements whatever its size and
	 * depth: the orders with their lines, and their histories.
	 * @param caller who asks
	 * @param query the filters, cursor and page size
	 * @return the page, each order as the caller may see it
	 * @throws io.mercato.shared.web.InvalidFieldsException for a page size out of range,
	 * or {@code created_after} not before {@code created_before}
	 * @throws io.mercato.shared.web.InvalidCursorException for a cursor of another list
	 */
	KeysetPage<OrderView> orders(CurrentUser caller, OrderQuery query);

	/**
	 * Returns an order with its lines, addresses, payment summary and history.
	 * @param caller who asks: a user, or a guest with the order's token
	 * @param orderId the order
	 * @return the order as the caller may see it
	 * @throws OrderingException.OrderNotFound for an unknown order, or one the caller may
	 * not see (another customer's; a guest order without its token)
	 */
	OrderView order(OrderCaller caller, UUID orderId);

	/**
	 * Returns an order's changes of status, oldest first, starting with its placement.
	 * @param caller who asks: a user, or a guest with the order's token
	 * @param orderId the order
	 * @return its history
	 * @throws OrderingException.OrderNotFound as for {@link #order}
	 */
	List<OrderStatusChange> history(OrderCaller caller, UUID orderId);

}
