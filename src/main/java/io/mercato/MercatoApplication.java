package io.mercato;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Mercato, a multi-vendor e-commerce backend. Each direct sub-package is an application
 * module; {@code shared} is the kernel every module may use.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class MercatoApplication {

	public static void main(String[] args) {
		SpringApplication.run(MercatoApplication.class, args);
	}

}
