package io.mercato.accounts.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.mercato.shared.security.SecretTokens;
import io.mercato.accounts.AccountsException;
import io.mercato.accounts.UserAdministration;
import io.mercato.accounts.UserView;
import io.mercato.shared.database.Constraints;
import io.mercato.shared.security.ClientInfo;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.shared.web.InvalidFieldsException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Service
@Transactional
class UserAdministrationService implements UserAdministration {

	private static final String USER = "USER";

	private final UserRepository users;

	private final AuditLogRepository auditLog;

	private final AccountService accounts;

	private final SessionService sessions;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final PhoneNumbers phoneNumbers;

	private final Clock clock;

	UserAdministrationService(UserRepository users, AuditLogRepository auditLog, AccountService accounts,
			SessionService sessions, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
			PhoneNumbers phoneNumbers, Clock clock) {
		this.users = users;
		this.auditLog = auditLog;
		this.accounts = accounts;
		this.sessions = sessions;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.phoneNumbers = phoneNumbers;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<UserView> users(Role role, Boolean active, String search, Pageable page) {
		String pattern = StringUtils.hasText(search) ? "%"
				+ search.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%" : null;
		return this.users.search(role, active, pattern, page).map(UserRow::toView);
	}

	@Override
	@Transactional(readOnly = true)
	public UserView customer(UUID customerId) {
		return customerRow(customerId).toView();
	}

	@Override
	public UserView createCustomer(CurrentUser admin, ClientInfo client, CustomerDetails customer) {
		String email = AccountService.normalizeEmail(customer.email());
		String phone = this.phoneNumbers.normalize(customer.phone());
		if (!StringUtils.hasText(customer.fullName())) {
			throw new InvalidFieldsException("full_name", "is required");
		}
		String password = customer.password();
		if (password != null) {
			this.passwordPolicy.check(password, password, email, List.of(customer.fullName()), "password", "password");
		}
		else {
			// an unguessable password nobody knows: the customer chooses theirs through a
			// reset
			password = SecretTokens.generate();
		}
		User user = this.accounts.createUser(email, phone, this.passwordEncoder.encode(password), Role.CUSTOMER,
				customer.fullName(), null, null);
		if (Boolean.FALSE.equals(customer.active())) {
			user.deactivate();
		}
		audit(admin, client, "CUSTOMER_CREATED", user.getId());
		return this.accounts.row(user.getId()).toView();
	}

	@Override
	public UserView replaceCustomer(CurrentUser admin, ClientInfo client, UUID customerId, CustomerDetails details) {
		return replaceCustomer(admin, client, customerRow(customerId), details);
	}

	@Override
	public UserView patchCustomer(CurrentUser admin, ClientInfo client, UUID customerId, CustomerDetails patch) {
		UserRow row = customerRow(customerId);
		User user = row.user();
		return replaceCustomer(admin, client, row,
				new CustomerDetails((patch.email() != null) ? patch.email() : user.getEmail(), null,
						(patch.fullName() != null) ? patch.fullName() : row.customer().getFullName(),
						(patch.phone() != null) ? patch.phone() : user.getPhone(), patch.active()));
	}

	private UserView replaceCustomer(CurrentUser admin, ClientInfo client, UserRow row, CustomerDetails details) {
		User user = row.user();
		String email = AccountService.normalizeEmail(details.email());
		if (!StringUtils.hasText(email)) {
			throw new InvalidFieldsException("email", "is required");
		}
		if (this.users.existsByEmailAndIdNot(email, user.getId())) {
			throw new AccountsException.EmailTaken();
		}
		String phone = this.phoneNumbers.normalize(details.phone());
		if (phone != null && this.users.existsByPhoneAndIdNot(phone, user.getId())) {
			throw new AccountsException.PhoneTaken();
		}
		if (!StringUtils.hasText(details.fullName())) {
			throw new InvalidFieldsException("full_name", "is required");
		}
		user.changeEmail(email);
		user.changePhone(phone);
		row.customer().rename(details.fullName().trim());
		if (details.active() != null) {
			setActive(user, details.active());
		}
		audit(admin, client, "CUSTOMER_UPDATED", user.getId());
		Constraints.translate(this.users::flush, AccountService.UNIQUE_USER_FIELDS);
		return row.toView();
	}

	@Override
	public void deleteCustomer(CurrentUser admin, ClientInfo client, UUID customerId) {
		User user = customerRow(customerId).user();
		user.deactivate();
		this.sessions.revokeAll(customerId, "USER_DELETED");
		this.users.delete(user);
		audit(admin, client, "CUSTOMER_DELETED", customerId);
	}

	@Override
	public UserView deactivate(CurrentUser admin, ClientInfo client, UUID userId) {
		if (userId.equals(admin.id())) {
			throw new AccountsException.CannotDeactivateSelf();
		}
		// every active admin's row is locked before the target is read: of two admins
		// deactivating each other at once, the second waits here until the first commits,
		// and then no longer counts the admin the first one deactivated
		List<UUID> activeAdmins = this.users.lockActiveAdmins();
		if (activeAdmins.size() == 1 && activeAdmins.contains(userId)) {
			throw new AccountsException.LastActiveAdmin();
		}
		UserRow row = this.accounts.row(userId);
		setActive(row.user(), false);
		audit(admin, client, "USER_DEACTIVATED", userId);
		this.users.flush();
		return row.toView();
	}

	@Override
	public UserView activate(CurrentUser admin, ClientInfo client, UUID userId) {
		UserRow row = this.accounts.row(userId);
		setActive(row.user(), true);
		audit(admin, client, "USER_ACTIVATED", userId);
		this.users.flush();
		return row.toView();
	}

	@Override
	public UserView verifyShopkeeper(CurrentUser admin, ClientInfo client, UUID shopkeeperId, boolean verified) {
		UserRow row = this.accounts.row(shopkeeperId);
		if (row.shopkeeper() == null) {
			throw new AccountsException.NotAShopkeeper();
		}
		User user = row.user();
		if (verified) {
			user.verifyShop(row.shopkeeper(), admin.id(), this.clock.instant());
		}
		else {
			user.unverifyShop(row.shopkeeper(), this.clock.instant());
		}
		// the aggregate's events, if anything changed, are published when it is saved
		this.users.save(user);
		audit(admin, client, verified ? "SHOPKEEPER_VERIFIED" : "SHOPKEEPER_UNVERIFIED", shopkeeperId);
		this.users.flush();
		return row.toView();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<AuditEntry> auditLog(Pageable page) {
		return this.auditLog.findAllByOrderByCreatedAtDescIdDesc(page)
			.map((entry) -> new AuditEntry(entry.getId(), entry.getActorId(), entry.getAction(), entry.getTargetType(),
					entry.getTargetId(), entry.getIp(), entry.getCreatedAt()));
	}

	@Override
	public boolean createAdminIfAbsent(String email, String password) {
		String normalized = AccountService.normalizeEmail(email);
		if (this.users.existsByEmail(normalized)) {
			return false;
		}
		this.passwordPolicy.check(password, password, normalized, List.of(), "password", "password");
		User admin = this.accounts.createUser(normalized, null, this.passwordEncoder.encode(password), Role.ADMIN, null,
				null, null);
		admin.verifyEmail();
		this.auditLog.save(new AuditLogEntry(admin.getId(), "ADMIN_CREATED", USER, admin.getId(), null));
		return true;
	}

	private void setActive(User user, boolean active) {
		if (active) {
			user.activate();
		}
		else {
			user.deactivate();
			this.sessions.revokeAll(user.getId(), "USER_DEACTIVATED");
		}
		// the aggregate's events are published when it is saved
		this.users.save(user);
	}

	private UserRow customerRow(UUID customerId) {
		UserRow row = this.accounts.row(customerId);
		if (row.user().getRole() != Role.CUSTOMER) {
			throw new AccountsException.UserNotFound();
		}
		return row;
	}

	private void audit(CurrentUser admin, ClientInfo client, String action, UUID targetId) {
		this.auditLog.save(new AuditLogEntry(admin.id(), action, USER, targetId, client.ip()));
	}

}
