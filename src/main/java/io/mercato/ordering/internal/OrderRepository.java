package io.mercato.ordering.internal;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Orders by id; the lines and the history load when first touched.
 */
interface OrderRepository extends JpaRepository<Order, UUID> {

	/**
	 * Reads an order under its row lock ({@code select … for update}), for a transition:
	 * concurrent transitions of one order queue here, and each sees the status the one
	 * before it left.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from CustomerOrder o where o.id = :id")
	Optional<Order> findForUpdate(UUID id);

}
