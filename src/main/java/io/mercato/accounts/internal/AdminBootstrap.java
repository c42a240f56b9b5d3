package io.mercato.accounts.internal;

import java.util.stream.Collectors;

import io.mercato.accounts.UserAdministration;
import io.mercato.shared.web.InvalidFieldsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first admin without the API: at start-up when {@code MERCATO_ADMIN_EMAIL}
 * and {@code MERCATO_ADMIN_PASSWORD} are set (automated deployments), or with the command
 * {@code java -jar mercato.jar create-admin --email=… --password=…}. An existing user
 * with the address is left alone.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	static final String COMMAND = "create-admin";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserAdministration administration;

	private final Environment environment;

	AdminBootstrap(UserAdministration administration, Environment environment) {
		this.administration = administration;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.getNonOptionArgs().contains(COMMAND)) {
			String email = option(args, "email", "MERCATO_ADMIN_EMAIL");
			String password = option(args, "password", "MERCATO_ADMIN_PASSWORD");
			if (!StringUtils.hasText(email) || !StringUtils.hasText(password)) {
				throw new IllegalArgumentException(COMMAND + " needs --email and --password "
						+ "(or MERCATO_ADMIN_EMAIL and MERCATO_ADMIN_PASSWORD)");
			}
			createAdmin(email, password);
			return;
		}
		String email = this.environment.getProperty("MERCATO_ADMIN_EMAIL");
		String password = this.environment.getProperty("MERCATO_ADMIN_PASSWORD");
		if (StringUtils.hasText(email) && StringUtils.hasText(password)) {
			createAdmin(email, password);
		}
	}

	private String option(ApplicationArguments args, String name, String variable) {
		if (args.containsOption(name) && !args.getOptionValues(name).isEmpty()) {
			return args.getOptionValues(name).get(0);
		}
		return this.environment.getProperty(variable);
	}

	private void createAdmin(String email, String password) {
		try {
			report(email, this.administration.createAdminIfAbsent(email, password));
		}
		catch (InvalidFieldsException ex) {
			throw new IllegalArgumentException("Admin " + email + " not created: "
					+ ex.errors()
						.stream()
						.map((error) -> error.field() + " " + error.message())
						.collect(Collectors.joining("; ")),
					ex);
		}
	}

	private static void report(String email, boolean created) {
		if (created) {
			log.info("Created admin {}", email);
		}
		else {
			log.info("Admin {} not created: a user with this email exists already", email);
		}
	}

}
