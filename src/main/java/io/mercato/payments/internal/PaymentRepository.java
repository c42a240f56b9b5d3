package io.mercato.payments.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PaymentRepository extends JpaRepository<Payment, UUID> {

	/**
	 * The order a payment pays, read without loading the payment, so that the payment
	 * locked afterwards is read fresh under its lock.
	 */
	@Query("select p.orderId from Payment p where p.id = :id")
	Optional<UUID> findOrderIdById(UUID id);

	boolean existsByOrderIdAndStatus(UUID orderId, io.mercato.payments.PaymentStatus status);

	/** An order's payments, oldest first (served by {@code payment_order_idx}). */
	@Query("select p from Payment p where p.orderId = :orderId order by p.createdAt, p.id")
	List<Payment> findByOrder(UUID orderId);

	/**
	 * An order's payments that took money, under their row locks, oldest first: a refund
	 * reads what is left to give back and adds to it while no other refund can. Attempts
	 * still under way are not locked, so that their own outcome is never held up here.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select p from Payment p where p.orderId = :orderId
			and p.status in (io.mercato.payments.PaymentStatus.COMPLETED, io.mercato.payments.PaymentStatus.REFUNDED)
			order by p.createdAt, p.id""")
	List<Payment> findTakenForUpdate(UUID orderId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.id = :id")
	Optional<Payment> findForUpdate(UUID id);

	/** The payment a gateway's event names by its charge. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.gateway = :gateway and p.transactionId = :transactionId")
	Optional<Payment> findByTransactionForUpdate(String gateway, String transactionId);

}
