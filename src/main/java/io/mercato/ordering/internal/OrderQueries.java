package io.mercato.ordering.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.mercato.ordering.OrderBook;
import io.mercato.ordering.OrderCaller;
import io.mercato.ordering.OrderQuery;
import io.mercato.ordering.OrderStatusChange;
import io.mercato.ordering.OrderView;
import io.mercato.ordering.OrderingException;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.shared.web.InvalidFieldsException;
import io.mercato.shared.web.KeysetPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders' reads. A page of the list is two statements whatever its size: the page's
 * orders with their lines (the orders chosen, ordered and limited in a subquery, their
 * lines joined to them), then the histories of all of them (the history's
 * {@code @BatchSize}). An order by id is the same two. Who may see what is
 * {@link OrderService#actor}'s rule, and the view of each order is
 * {@link OrderService#viewFor}'s.
 */
@Service
@Transactional(readOnly = true)
class OrderQueries implements OrderBook {

	private static final String LIST = "orders";

	private static final String PLACED_AT = "t";

	private static final String ID = "id";

	private final EntityManager entityManager;

	OrderQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public KeysetPage<OrderView> orders(CurrentUser caller, OrderQuery query) {
		if (query.pageSize() < 1 || query.pageSize() > OrderQuery.MAX_PAGE_SIZE) {
			throw new InvalidFieldsException("page_size", "must be between 1 and " + OrderQuery.MAX_PAGE_SIZE);
		}
		if (query.createdAfter() != null && query.createdBefore() != null
				&& !query.createdAfter().isBefore(query.createdBefore())) {
			throw new InvalidFieldsException("created_after", "must be before created_before");
		}
		KeysetPage.Position position = KeysetPage.position(LIST, query.cursor());
		boolean backwards = position != null && position.backwards();
		// newest first; backwards reads towards the newest, and the page turns it round
		String direction = backwards ? "asc" : "desc";
		StringBuilder page = new StringBuilder("select p.id from CustomerOrder p where 1 = 1");
		if (!caller.isAdmin()) {
			// a customer's orders through customer_order_user_idx; a shopkeeper's through
			// order_item_shopkeeper_idx
			page.append(
					caller.is(Role.SHOPKEEPER)
							? " and (p.userId = :caller or exists (select 1 from OrderItem i"
									+ " where i.orderId = p.id and i.shopkeeperId = :caller))"
							: " and p.userId = :caller");
		}
		if (query.status() != null) {
			page.append(" and p.status = :status");
		}
		if (query.paymentStatus() != null) {
			page.append(" and p.paymentStatus = :paymentStatus");
		}
		if (query.createdAfter() != null) {
			page.append(" and p.placedAt >= :createdAfter");
		}
		if (query.createdBefore() != null) {
			page.append(" and p.placedAt < :createdBefore");
		}
		String search = (query.search() != null && !query.search().isBlank()) ? query.search().trim() : null;
		if (search != null) {
			// the number through its unique index, the address through
			// customer_order_email_idx
			page.append(" and (p.orderNumber = :number or lower(p.customerEmail) = :email)");
		}
		if (position != null) {
			page.append(" and (p.placedAt, p.id) ").append(backwards ? ">" : "<").append(" (:placedAt, :id)");
		}
		page.append(" order by p.placedAt ")
			.append(direction)
			.append(", p.id ")
			.append(direction)
			.append(" limit ")
			.append(query.pageSize() + 1);
		TypedQuery<Order> read = this.entityManager
			.createQuery("select o from CustomerOrder o left join fetch o.items where o.id in (" + page
					+ ") order by o.placedAt " + direction + ", o.id " + direction, Order.class);
		if (!caller.isAdmin()) {
			read.setParameter("caller", caller.id());
		}
		if (query.status() != null) {
			read.setParameter("status", query.status());
		}
		if (query.paymentStatus() != null) {
			read.setParameter("paymentStatus", query.paymentStatus());
		}
		if (query.createdAfter() != null) {
			read.setParameter("createdAfter", query.createdAfter());
		}
		if (query.createdBefore() != null) {
			read.setParameter("createdBefore", query.createdBefore());
		}
		if (search != null) {
			read.setParameter("number", search.toUpperCase(Locale.ROOT));
			read.setParameter("email", search.toLowerCase(Locale.ROOT));
		}
		if (position != null) {
			read.setParameter("placedAt", position.keys().instant(PLACED_AT));
			read.setParameter("id", position.keys().uuid(ID));
		}
		List<Order> orders = read.getResultList();
		if (orders.size() > query.pageSize()) {
			// the extra row only tells that there is more: its history must not take a
			// place in the batch that loads the page's histories
			this.entityManager.detach(orders.get(query.pageSize()));
		}
		OrderCaller asCaller = new OrderCaller(caller, null);
		return KeysetPage
			.of(LIST, orders, query.pageSize(), position,
					(order) -> Map.of(PLACED_AT, order.getPlacedAt().toString(), ID, order.getId().toString()))
			.map((order) -> OrderService.viewFor(asCaller, order));
	}

	@Override
	public OrderView order(OrderCaller caller, UUID orderId) {
		return OrderService.viewFor(caller, visible(caller, orderId));
	}

	@Override
	public List<OrderStatusChange> history(OrderCaller caller, UUID orderId) {
		return OrderService.viewFor(caller, visible(caller, orderId)).history();
	}

	/**
	 * Reads the order with its lines in one statement, when the caller may see it.
	 */
	private Order visible(OrderCaller caller, UUID orderId) {
		Order order = this.entityManager
			.createQuery("select o from CustomerOrder o left join fetch o.items where o.id = :id", Order.class)
			.setParameter("id", orderId)
			.getResultStream()
			.findFirst()
			.orElseThrow(OrderingException.OrderNotFound::new);
		OrderService.actor(caller, order);
		return order;
	}

}
