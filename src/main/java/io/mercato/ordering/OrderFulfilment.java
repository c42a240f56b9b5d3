package io.mercato.ordering;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.mercato.shared.security.CurrentUser;

/**
 * The status changes people make through the order API: cancelling, shipping, delivering
 * and completing. Each takes the order's row lock, checks the version the caller read
 * ({@code If-Match}) and who the caller is to the order, follows the status machine's
 * table and writes one history row. Called only by the module's own HTTP adapter.
 */
public interface OrderFulfilment {

	/**
	 * Cancels an order not shipped yet: its customer (a guest with the order's token),
	 * the shopkeeper who sells all its lines, or an admin. Reserved stock is released and
	 * the promotion's use given back; a paid order's sold stock comes back as a return,
	 * and {@link OrderCancelled} says it was paid so that it is refunded.
	 * @param caller who cancels
	 * @param orderId the order
	 * @param expectedVersion the version the caller read, or {@code null} not to check
	 * @param reason why, 1 to 500 characters
	 * @return the order afterwards, as the caller may see it
	 * @throws OrderingException.OrderNotFound for an order the caller may not see
	 * @throws OrderingException.VersionMismatch when the order changed since
	 * @throws OrderingException.InvalidTransition when its status does not allow it
	 * @throws OrderingException.AlreadyShipped when a line has shipped
	 * @throws OrderingException.TransitionNotAllowed for a shopkeeper who does not sell
	 * all its lines
	 */
	OrderView cancel(OrderCaller caller, UUID orderId, @Nullable Long expectedVersion, String reason);

	/**
	 * Hands lines of a confirmed order to a carrier: a shopkeeper ships their own lines,
	 * an admin any. The order becomes {@code SHIPPED} once every line is.
	 * @param caller who ships
	 * @param orderId the order
	 * @param expectedVersion the version the caller read, or {@code null} not to check
	 * @param carrier who carries the parcel
	 * @param trackingNumber the carrier's number
	 * @param itemIds the lines to ship, or {@code null} for all the caller's unshipped
	 * lines
	 * @return the order afterwards, as the caller may see it
	 * @throws OrderingException.OrderNotFound for an order the caller may not see
	 * @throws OrderingException.VersionMismatch when the order changed since
	 * @throws OrderingException.InvalidTransition unless the order is {@code CONFIRMED}
	 * @throws io.mercato.shared.web.InvalidFieldsException for lines not the order's, not
	 * the caller's, or shipped already
	 */
	OrderView ship(CurrentUser caller, UUID orderId, @Nullable Long expectedVersion, String carrier,
			String trackingNumber, @Nullable List<UUID> itemIds);

	/**
	 * Records that a shipped order reached its customer (an admin).
	 * @param caller who records it
	 * @param orderId the order
	 * @param expectedVersion the version the caller read, or {@code null} not to check
	 * @return the order afterwards
	 * @throws OrderingException.OrderNotFound for an order the caller may not see
	 * @throws OrderingException.VersionMismatch when the order changed since
	 * @throws OrderingException.InvalidTransition unless the order is {@code SHIPPED}
	 * @throws OrderingException.TransitionNotAllowed for anyone but an admin
	 */
	OrderView deliver(CurrentUser caller, UUID orderId, @Nullable Long expectedVersion);

	/**
	 * Closes a delivered order for good (an admin).
	 * @param caller who closes it
	 * @param orderId the order
	 * @param expectedVersion the version the caller read, or {@code null} not to check
	 * @return the order afterwards
	 * @throws OrderingException.OrderNotFound for an order the caller may not see
	 * @throws OrderingException.VersionMismatch when the order changed since
	 * @throws OrderingException.InvalidTransition unless the order is {@code DELIVERED}
	 * @throws OrderingException.TransitionNotAllowed for anyone but an admin
	 */
	OrderView complete(CurrentUser caller, UUID orderId, @Nullable Long expectedVersion);

}
