package io.mercato.accounts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import io.mercato.shared.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, UUID> {

	Optional<User> findByEmail(String email);

	boolean existsByEmail(String email);

	boolean existsByPhone(String phone);

	boolean existsByPhoneAndIdNot(String phone, UUID id);

	boolean existsByEmailAndIdNot(String email, UUID id);

	/**
	 * Locks the user's row for the rest of the transaction, serializing work on their
	 * sessions.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from User u where u.id = :id")
	Optional<User> lockById(UUID id);

	/**
	 * Locks the rows of every active admin for the rest of the transaction and returns
	 * their ids. A transaction that waits here reads each row again once it gets the
	 * lock, so an admin deactivated meanwhile is no longer among them: deactivations of
	 * admins queue here and cannot together leave none.
	 */
	@Query(nativeQuery = true, value = """
			select id from accounts.app_user
			where role = 'ADMIN' and is_active and deleted_at is null
			order by id for update""")
	List<UUID> lockActiveAdmins();

	/**
	 * The ids of the active admins, without locking them.
	 */
	@Query(nativeQuery = true, value = """
			select id from accounts.app_user
			where role = 'ADMIN' and is_active and deleted_at is null
			order by id""")
	List<UUID> findActiveAdminIds();

	/**
	 * The user with both profiles, in one query.
	 */
	@Query("""
			select new io.mercato.accounts.internal.UserRow(u, c, s) from User u
			left join CustomerProfile c on c.id = u.id
			left join ShopkeeperProfile s on s.id = u.id
			where u.id = :id""")
	Optional<UserRow> findRowById(UUID id);

	/**
	 * Users with their profiles, newest first; {@code search} is a lower-cased LIKE
	 * pattern.
	 */
	@Query(value = """
			select new io.mercato.accounts.internal.UserRow(u, c, s) from User u
			left join CustomerProfile c on c.id = u.id
			left join ShopkeeperProfile s on s.id = u.id
			where (:role is null or u.role = :role)
			and (:active is null or u.active = :active)
			and (:search is null or u.email like :search or lower(c.fullName) like :search
				or lower(s.fullName) like :search or lower(s.shopName) like :search)
			order by u.createdAt desc, u.id desc""", countQuery = """
			select count(u) from User u
			left join CustomerProfile c on c.id = u.id
			left join ShopkeeperProfile s on s.id = u.id
			where (:role is null or u.role = :role)
			and (:active is null or u.active = :active)
			and (:search is null or u.email like :search or lower(c.fullName) like :search
				or lower(s.fullName) like :search or lower(s.shopName) like :search)""")
	Page<UserRow> search(Role role, Boolean active, String search, Pageable page);

}
