package io.mercato;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Mercato, a multi-vendor e-commerce backend. Each direct sub-package is an application
 * module; {@code shared} is the kernel every module may use.
 * <p>
 * Started without arguments it serves the API. {@code migrate} applies the database
 * migrations and exits; {@code create-admin --email=… --password=…} also creates an
 * admin. Neither opens a port.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class MercatoApplication {

	// commands that do their work while the context starts, then exit without serving
	// HTTP
	static final Set<String> COMMANDS = Set.of("migrate", "create-admin");

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			SpringApplication application = new SpringApplication(MercatoApplication.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			// migrations run while the context starts; nothing is left to do once it has
			System.exit(SpringApplication.exit(application.run(args)));
		}
		SpringApplication.run(MercatoApplication.class, args);
	}

}
