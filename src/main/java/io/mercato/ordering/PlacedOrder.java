package io.mercato.ordering;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * An order just placed.
 *
 * <p>
 * Its JSON is the order's, with {@code order_token} beside its fields.
 *
 * @param order the order
 * @param orderToken a guest's secret to read, pay or cancel the order with
 * ({@code X-Order-Token}); shown this once, stored only hashed; {@code null} for a
 * registered customer
 */
public record PlacedOrder(@JsonUnwrapped OrderView order, @Nullable String orderToken) {

}
