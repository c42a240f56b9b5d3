package io.mercato;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module graph as DESIGN.md draws it: no cycles, no access to another module's
 * internals, and every module declaring the dependencies the design gives it. Writes the
 * module documentation to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	// DESIGN.md §3, for the modules built so far
	private static final Map<String, Set<String>> DESIGNED_DEPENDENCIES = Map.ofEntries(
			Map.entry("accounts", Set.of("shared")), Map.entry("addresses", Set.of("shared", "accounts")),
			Map.entry("cart", Set.of("shared", "addresses", "catalog", "inventory", "ordering", "promotions")),
			Map.entry("catalog", Set.of("shared", "accounts")), Map.entry("inventory", Set.of("shared", "catalog")),
			Map.entry("ordering",
					Set.of("shared", "accounts", "addresses", "catalog", "inventory", "promotions", "shipping")),
			Map.entry("notifications", Set.of("shared", "accounts", "ordering", "payments", "inventory")),
			Map.entry("payments", Set.of("shared", "ordering")), Map.entry("promotions", Set.of("shared", "catalog")),
			Map.entry("sampledata", Set.of("shared", "addresses", "ordering", "payments", "promotions")),
			Map.entry("shipping", Set.of("shared", "addresses", "catalog")));

	private final ApplicationModules modules = ApplicationModules.of(MercatoApplication.class);

	@Test
	void verifiesModuleStructure() {
		this.modules.verify();
	}

	@Test
	void everyModuleDeclaresTheDependenciesOfTheDesign() {
		Map<String, Set<String>> declared = this.modules.stream()
			.filter((module) -> !name(module).equals("shared"))
			.collect(Collectors.toMap(ModularityTests::name,
					(module) -> module.getAllowedDependencies(this.modules)
						.stream()
						.map((dependency) -> name(dependency.getTargetModule()))
						.collect(Collectors.toSet())));
		assertThat(declared).isEqualTo(DESIGNED_DEPENDENCIES);
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

	private static String name(ApplicationModule module) {
		return module.getIdentifier().toString();
	}

}
