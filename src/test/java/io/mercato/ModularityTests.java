package io.mercato;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module graph as DESIGN.md draws it: no cycles, no access to another module's
 * internals. Writes the module documentation to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MercatoApplication.class);

	@Test
	void verifiesModuleStructure() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
