package io.mercato;

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
 * migrations and exits, without opening a port.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class MercatoApplication {

	static final String MIGRATE_COMMAND = "migrate";

	public static void main(String[] args) {
		if (args.length > 0 && MIGRATE_COMMAND.equals(args[0])) {
			SpringApplication application = new SpringApplication(MercatoApplication.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			// migrations run while the context starts; nothing is left to do once it has
			System.exit(SpringApplication.exit(application.run(args)));
		}
		SpringApplication.run(MercatoApplication.class, args);
	}

}
