package io.mercato;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.mercato.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds every module to the conventions of the README's "Writing a module" that the
 * module structure alone does not show.
 */
class ConventionsTests {

	private static final String BASE = "io.mercato.";

	/**
	 * The read-only views each module publishes for other modules' SQL; everything else
	 * in a module's schema is its own. A view's columns may be added to, never renamed or
	 * dropped.
	 */
	private static final Map<String, Set<String>> PUBLISHED_VIEWS = Map.of("catalog", Set.of("product_offer"),
			"inventory", Set.of("stock_available"));

	/**
	 * The audience interfaces the demo data calls as the demo's admin, shopkeepers and
	 * customers, exactly where their requests would: an order's transitions, its payment
	 * and the admin's promotion have no other way in that leaves stock, payments and
	 * history as real use does.
	 */
	private static final Set<String> DEMO_AUDIENCES = Set.of("io.mercato.ordering.OrderFulfilment",
			"io.mercato.payments.PaymentDesk", "io.mercato.promotions.PromotionAdministration");

	private static final Path MAIN_SOURCES = Path.of("src/main/java/io/mercato");

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.mercato");

	@Test
	void everyRefusalOfAModuleIsADomainException() {
		classes().that()
			.areAssignableTo(RuntimeException.class)
			.and()
			.resideOutsideOfPackage("io.mercato.shared..")
			.should()
			.beAssignableTo(DomainException.class)
			.because("the API answers every module's refusals in one place, by their kind")
			.check(this.classes);
	}

	@Test
	void exceptionsAreMappedToProblemsOnlyInTheSharedKernel() {
		noClasses().that()
			.resideOutsideOfPackage("io.mercato.shared.web")
			.should()
			.beAnnotatedWith(RestControllerAdvice.class)
			.orShould()
			.beAnnotatedWith(ControllerAdvice.class)
			.check(this.classes);
	}

	@Test
	void modulesThrowAndCatchOnlyTheirOwnRefusals() {
		classes().that()
			.resideInAPackage("io.mercato..")
			.should(useOfAnotherModule("use no other module's exceptions",
					(target) -> target.isAssignableTo(DomainException.class)))
			.check(this.classes);
	}

	@Test
	void modulesLearnWhoCallsFromCurrentUserAndClientInfoOnly() {
		noClasses().that()
			.resideOutsideOfPackage("io.mercato.shared..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("jakarta.servlet.http.HttpServletRequest")
			.because("the caller is the CurrentUser principal and the client its ClientInfo argument")
			.check(this.classes);
	}

	@Test
	void modulesCallEachOtherOnlyThroughTheirManagementInterfaces() {
		Predicate<JavaClass> audienceInterface = (target) -> target.isInterface()
				&& !target.getSimpleName().endsWith("Management");
		classes().that()
			.resideInAPackage("io.mercato..")
			.and()
			.resideOutsideOfPackage("io.mercato.sampledata..")
			.should(useOfAnotherModule("call another module only through its <Module>Management", audienceInterface))
			.because("what a module's own HTTP adapter calls is named for its audience and kept to the module")
			.check(this.classes);
		classes().that()
			.resideInAPackage("io.mercato.sampledata..")
			.should(useOfAnotherModule(
					"call another module only through its <Module>Management or as the demo's people",
					audienceInterface.and((target) -> !DEMO_AUDIENCES.contains(target.getName()))))
			.because("the demo's people act through what their requests would reach, and nothing else")
			.check(this.classes);
	}

	@Test
	void httpTypesOfDifferentModulesHaveDifferentNames() {
		// the OpenAPI document names schemas by simple class name: two modules' records
		// of
		// one name would share, and contradict, one schema
		Map<String, List<String>> byName = new java.util.TreeMap<>();
		this.classes.stream()
			.filter((type) -> type.getPackageName().matches("io\\.mercato\\.\\w+\\.web"))
			.filter((type) -> !type.isAnonymousClass())
			.forEach((type) -> byName.computeIfAbsent(type.getSimpleName(), (name) -> new ArrayList<>())
				.add(type.getPackageName()));
		assertThat(byName.entrySet().stream().filter((entry) -> entry.getValue().size() > 1).map(Map.Entry::getKey))
			.as("simple names used by the web types of several modules")
			.isEmpty();
	}

	@Test
	void modulesReadAnotherModulesTablesOnlyThroughItsPublishedViews() throws IOException {
		List<String> modules;
		try (Stream<Path> packages = Files.list(MAIN_SOURCES)) {
			modules = packages.filter(Files::isDirectory).map((dir) -> dir.getFileName().toString()).toList();
		}
		List<String> trespasses = new ArrayList<>();
		// sample data fills every module's tables at once, as the migrations define
		// them: a generator, like a migration, has no other way in at a million rows
		for (String module : modules.stream().filter((module) -> !module.equals("sampledata")).toList()) {
			Pattern otherSchemas = Pattern.compile("(?<![.\\w])(" + String.join("|",
					modules.stream().filter((other) -> !other.equals(module) && !other.equals("shared")).toList())
					+ ")\\.([a-z_][a-z0-9_]*)\\b(?!\\s*\\()");
			try (Stream<Path> files = Files.walk(MAIN_SOURCES.resolve(module))) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
					Matcher matcher = otherSchemas.matcher(stringLiterals(Files.readString(file)));
					while (matcher.find()) {
						if (!PUBLISHED_VIEWS.getOrDefault(matcher.group(1), Set.of()).contains(matcher.group(2))) {
							trespasses.add(file + ": " + matcher.group());
						}
					}
				}
			}
		}
		assertThat(trespasses).as("SQL naming another module's tables instead of its published views").isEmpty();
	}

	/**
	 * Returns the text of a source file's string literals and text blocks, where its SQL
	 * is, one per line.
	 */
	private static String stringLiterals(String source) {
		StringBuilder literals = new StringBuilder();
		Matcher textBlocks = TEXT_BLOCK.matcher(source);
		while (textBlocks.find()) {
			literals.append(textBlocks.group(1)).append('\n');
		}
		Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
		while (strings.find()) {
			literals.append(strings.group(1)).append('\n');
		}
		return literals.toString();
	}

	/**
	 * Refuses every dependency of a class on a class of another module (not the shared
	 * kernel) that the predicate forbids.
	 */
	private static ArchCondition<JavaClass> useOfAnotherModule(String description, Predicate<JavaClass> forbidden) {
		return new ArchCondition<>(description) {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				String module = module(type);
				for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					String targetModule = module(target);
					if (target.getPackageName().startsWith(BASE) && !targetModule.equals(module)
							&& !targetModule.equals("shared") && forbidden.test(target)) {
						events.add(SimpleConditionEvent.violated(type, dependency.getDescription()));
					}
				}
			}
		};
	}

	private static String module(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith(BASE)) {
			return name;
		}
		String rest = name.substring(BASE.length());
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
