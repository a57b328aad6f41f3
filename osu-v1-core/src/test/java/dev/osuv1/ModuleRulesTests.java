package dev.osuv1;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module rules of DESIGN.md that the compiler cannot keep: core never reaches Spring Boot; only the Redis store
 * reaches its optional dependencies; models, queries and the replay and beatmap file code stay plain (no client, no
 * Spring); models know nothing of the file code built on them.
 */
class ModuleRulesTests {

	private static final JavaClasses CORE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.osuv1");

	@Test
	void coreNeverReachesSpringBoot() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework.boot..").check(CORE);
	}

	@Test
	void onlyTheRedisStoreReachesItsOptionalDependencies() {
		// Lettuce and bucket4j-lettuce are optional: the client must work without them on the class path
		noClasses().that()
			.haveNameNotMatching("dev\\.osuv1\\.ratelimit\\.Redis(RateLimiter|Connector|Buckets)(\\$.*)?")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.lettuce..", "io.github.bucket4j.redis..", "io.github.bucket4j.distributed..")
			.check(CORE);
	}

	@Test
	void modelsAndQueriesDependOnNeitherTheClientNorSpring() {
		noClasses().that()
			.resideInAnyPackage("dev.osuv1.model..", "dev.osuv1.query..", "dev.osuv1.replay..", "dev.osuv1.beatmap..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "reactor..", "io.netty..")
			.orShould()
			.dependOnClassesThat()
			.haveSimpleNameStartingWith("OsuV1")
			.check(CORE);
	}

	@Test
	void modelsDoNotDependOnTheFileCodeBuiltOnThem() {
		noClasses().that()
			.resideInAPackage("dev.osuv1.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.osuv1.replay..", "dev.osuv1.beatmap..")
			.check(CORE);
	}

}
