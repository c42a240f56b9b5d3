package io.mercato.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.mercato.shared.security.SecretTokens;
import io.mercato.accounts.AccountManagement;
import io.mercato.accounts.AccountSelfService;
import io.mercato.accounts.AccountsException;
import io.mercato.accounts.ProfileChange;
import io.mercato.accounts.Registration;
import io.mercato.accounts.UserView;
import io.mercato.accounts.internal.OneTimeToken.Purpose;
import io.mercato.shared.database.Constraints;
import io.mercato.shared.mail.MailPort;
import io.mercato.shared.mail.MailTemplates;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.shared.web.InvalidField;
import io.mercato.shared.web.InvalidFieldsException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Service
@Transactional
class AccountService implements AccountManagement, AccountSelfService {

	/**
	 * A racing sign-up or change that took the address or number since it was checked.
	 */
	static final Map<String, Supplier<? extends RuntimeException>> UNIQUE_USER_FIELDS = Map.of("app_user_email_key",
			AccountsException.EmailTaken::new, "app_user_phone_key", AccountsException.PhoneTaken::new);

	private final UserRepository users;

	private final CustomerProfileRepository customers;

	private final ShopkeeperProfileRepository shopkeepers;

	private final OneTimeTokenRepository oneTimeTokens;

	private final SessionService sessions;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final PhoneNumbers phoneNumbers;

	private final MailPort mail;

	private final MailTemplates mailTemplates;

	private final AccountsSettings settings;

	private final Clock clock;

	AccountService(UserRepository users, CustomerProfileRepository customers, ShopkeeperProfileRepository shopkeepers,
			OneTimeTokenRepository oneTimeTokens, SessionService sessions, PasswordPolicy passwordPolicy,
			PasswordEncoder passwordEncoder, PhoneNumbers phoneNumbers, MailPort mail, MailTemplates mailTemplates,
			AccountsSettings settings, Clock clock) {
		this.users = users;
		this.customers = customers;
		this.shopkeepers = shopkeepers;
		this.oneTimeTokens = oneTimeTokens;
		this.sessions = sessions;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.phoneNumbers = phoneNumbers;
		this.mail = mail;
		this.mailTemplates = mailTemplates;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public UserView register(Registration registration) {
		String email = normalizeEmail(registration.email());
		String phone = this.phoneNumbers.normalize(registration.phone());
		List<InvalidField> missing = new ArrayList<>();
		if (registration.role() == Role.CUSTOMER && !StringUtils.hasText(registration.fullName())) {
			missing.add(new InvalidField("full_name", "is required"));
		}
		if (registration.role() == Role.SHOPKEEPER && !StringUtils.hasText(registration.shopName())) {
			missing.add(new InvalidField("shop_name", "is required"));
		}
		if (!missing.isEmpty()) {
			throw new InvalidFieldsException(missing);
		}
		this.passwordPolicy.check(registration.password(), registration.passwordConfirm(), email,
				List.of(nullToEmpty(registration.fullName()), nullToEmpty(registration.shopName())), "password",
				"password_confirm");
		User user = createUser(email, phone, this.passwordEncoder.encode(registration.password()), registration.role(),
				registration.fullName(), registration.shopName(), registration.taxNumber());
		sendEmailVerification(user);
		return row(user.getId()).toView();
	}

	/**
	 * Creates a user of any role with the profile that role has. Uniqueness is checked
	 * here for a clear answer and guarded by the unique indexes against concurrent
	 * sign-ups.
	 */
	User createUser(String email, String phone, String passwordHash, Role role, String fullName, String shopName,
			String taxNumber) {
		if (this.users.existsByEmail(email)) {
			throw new AccountsException.EmailTaken();
		}
		if (phone != null && this.users.existsByPhone(phone)) {
			throw new AccountsException.PhoneTaken();
		}
		User user = Constraints.translate(() -> this.users.saveAndFlush(new User(email, phone, passwordHash, role)),
				UNIQUE_USER_FIELDS);
		if (role == Role.CUSTOMER) {
			this.customers.save(new CustomerProfile(user.getId(), fullName.trim()));
		}
		else if (role == Role.SHOPKEEPER) {
			this.shopkeepers.save(
					new ShopkeeperProfile(user.getId(), trimToNull(fullName), shopName.trim(), trimToNull(taxNumber)));
		}
		return user;
	}

	@Override
	public void verifyEmail(String token) {
		OneTimeToken used = spend(token, Purpose.EMAIL_VERIFICATION);
		this.users.findById(used.getUserId()).ifPresent(User::verifyEmail);
	}

	@Override
	public void resendEmailVerification(String email) {
		this.users.findByEmail(normalizeEmail(email))
			.filter((user) -> user.isActive() && !user.isEmailVerified())
			.ifPresent(this::sendEmailVerification);
	}

	@Override
	@Transactional(readOnly = true)
	public UserView profile(CurrentUser user) {
		return row(user.id()).toView();
	}

	@Override
	public UserView replaceProfile(CurrentUser user, ProfileChange profile) {
		return replaceProfile(row(user.id()), profile);
	}

	@Override
	public UserView patchProfile(CurrentUser user, ProfileChange patch) {
		UserRow row = row(user.id());
		ShopkeeperProfile shop = row.shopkeeper();
		String fullName = (shop != null) ? shop.getFullName()
				: (row.customer() != null) ? row.customer().getFullName() : null;
		return replaceProfile(row,
				new ProfileChange(firstNonNull(patch.phone(), row.user().getPhone()),
						firstNonNull(patch.fullName(), fullName),
						firstNonNull(patch.shopName(), (shop != null) ? shop.getShopName() : null),
						firstNonNull(patch.taxNumber(), (shop != null) ? shop.getTaxNumber() : null),
						(patch.orderEmails() != null) ? patch.orderEmails() : row.user().wantsOrderEmails()));
	}

	private UserView replaceProfile(UserRow row, ProfileChange profile) {
		refuseShopFieldsWithoutShop(row, profile);
		User user = row.user();
		String phone = this.phoneNumbers.normalize(profile.phone());
		if (phone != null && this.users.existsByPhoneAndIdNot(phone, user.getId())) {
			throw new AccountsException.PhoneTaken();
		}
		user.changePhone(phone);
		user.changeOrderEmails(!Boolean.FALSE.equals(profile.orderEmails()));
		if (row.customer() != null) {
			row.customer().rename(required(profile.fullName(), "full_name"));
		}
		if (row.shopkeeper() != null) {
			row.shopkeeper()
				.change(trimToNull(profile.fullName()), required(profile.shopName(), "shop_name"),
						trimToNull(profile.taxNumber()));
		}
		Constraints.translate(this.users::flush, UNIQUE_USER_FIELDS);
		return row.toView();
	}

	/**
	 * Refused rather than dropped, so that a client never believes it saved them.
	 */
	private static void refuseShopFieldsWithoutShop(UserRow row, ProfileChange change) {
		if (row.shopkeeper() != null) {
			return;
		}
		List<InvalidField> shopFields = new ArrayList<>();
		if (change.shopName() != null) {
			shopFields.add(new InvalidField("shop_name", "applies to shopkeepers only"));
		}
		if (change.taxNumber() != null) {
			shopFields.add(new InvalidField("tax_number", "applies to shopkeepers only"));
		}
		if (!shopFields.isEmpty()) {
			throw new InvalidFieldsException(shopFields);
		}
	}

	@Override
	public void changePassword(CurrentUser caller, String currentPassword, String newPassword,
			String newPasswordConfirm) {
		UserRow row = row(caller.id());
		User user = row.user();
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new InvalidFieldsException("current_password", "is not your current password");
		}
		this.passwordPolicy.check(newPassword, newPasswordConfirm, user.getEmail(), personalInputs(row), "new_password",
				"new_password_confirm");
		user.changePasswordHash(this.passwordEncoder.encode(newPassword));
		this.sessions.revokeAllExcept(caller.id(), caller.sessionId(), "PASSWORD_CHANGED");
	}

	@Override
	public void requestPasswordReset(String email) {
		this.users.findByEmail(normalizeEmail(email)).filter(User::isActive).ifPresent((user) -> {
			String token = issue(user, Purpose.PASSWORD_RESET, this.settings.passwordResetTtl());
			this.mail.sendAfterCommit(
					this.mailTemplates.render(user.getEmail(), "Reset your Mercato password", "account-password-reset",
							Map.of("link", this.settings.frontendUrl() + "/reset-password?token=" + token, "token",
									token, "minutes", this.settings.passwordResetTtl().toMinutes())));
		});
	}

	@Override
	public void resetPassword(String token, String newPassword, String newPasswordConfirm) {
		OneTimeToken used = spend(token, Purpose.PASSWORD_RESET);
		UserRow row = row(used.getUserId());
		this.passwordPolicy.check(newPassword, newPasswordConfirm, row.user().getEmail(), personalInputs(row),
				"new_password", "new_password_confirm");
		row.user().changePasswordHash(this.passwordEncoder.encode(newPassword));
		this.sessions.revokeAllExcept(row.user().getId(), null, "PASSWORD_RESET");
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UserView> findUser(UUID userId) {
		return this.users.findRowById(userId).map(UserRow::toView);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isVerifiedShopkeeper(UUID userId) {
		return this.shopkeepers.isVerifiedAndActive(userId);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> verifiedShopkeepers(Collection<UUID> userIds) {
		return userIds.isEmpty() ? Set.of() : this.shopkeepers.findVerifiedAndActive(userIds);
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> activeAdminIds() {
		return this.users.findActiveAdminIds();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<String> phoneNumberInE164(String phone, String region) {
		return this.phoneNumbers.inE164(phone, region);
	}

	UserRow row(UUID userId) {
		return this.users.findRowById(userId).orElseThrow(AccountsException.UserNotFound::new);
	}

	static String normalizeEmail(String email) {
		return (email != null) ? email.trim().toLowerCase(Locale.ROOT) : null;
	}

	private void sendEmailVerification(User user) {
		String token = issue(user, Purpose.EMAIL_VERIFICATION, this.settings.emailVerificationTtl());
		this.mail.sendAfterCommit(this.mailTemplates.render(user.getEmail(), "Confirm your email address for Mercato",
				"account-email-verification",
				Map.of("link", this.settings.frontendUrl() + "/verify-email?token=" + token, "token", token, "hours",
						this.settings.emailVerificationTtl().toHours())));
	}

	private String issue(User user, Purpose purpose, Duration ttl) {
		String token = SecretTokens.generate();
		Instant now = this.clock.instant();
		this.oneTimeTokens.save(new OneTimeToken(user.getId(), purpose, SecretTokens.hash(token), now.plus(ttl)));
		return token;
	}

	private OneTimeToken spend(String token, Purpose purpose) {
		Instant now = this.clock.instant();
		OneTimeToken found = (token != null) ? this.oneTimeTokens.lockByTokenHash(SecretTokens.hash(token)).orElse(null)
				: null;
		if (found == null || !found.isUsable(purpose, now)) {
			throw new AccountsException.InvalidOneTimeToken();
		}
		found.use(now);
		return found;
	}

	private static List<String> personalInputs(UserRow row) {
		List<String> inputs = new ArrayList<>();
		if (row.customer() != null) {
			inputs.add(row.customer().getFullName());
		}
		if (row.shopkeeper() != null) {
			inputs.add(nullToEmpty(row.shopkeeper().getFullName()));
			inputs.add(row.shopkeeper().getShopName());
		}
		return inputs;
	}

	private static String required(String value, String field) {
		if (!StringUtils.hasText(value)) {
			throw new InvalidFieldsException(field, "is required");
		}
		return value.trim();
	}

	private static String firstNonNull(String preferred, String fallback) {
		return (preferred != null) ? preferred : fallback;
	}

	private static String trimToNull(String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
