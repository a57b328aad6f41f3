package dev.osuv1.autoconfigure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the failure analyzers are registered in {@code META-INF/spring.factories} and are asked before Spring
 * Boot's own, the way Spring Boot loads and asks them when an application fails to start.
 */
class FailureAnalyzerRegistrationTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OsuV1AutoConfiguration.class, WebClientAutoConfiguration.class));

	@Test
	void malformedTokenIsExplainedByThisModuleWithoutShowingTheToken() {
		MockEnvironment environment = new MockEnvironment().withProperty("osu.v1.token", KEY + "\n");
		this.contextRunner.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("osu.v1.token", KEY + "\n")))).run((context) -> {
			FailureAnalysis analysis = firstAnalysis(context.getStartupFailure(), environment);
			assertThat(analysis.getDescription()).contains("'osu.v1.token'").doesNotContain(KEY);
			assertThat(analysis.getAction()).doesNotContain(KEY);
		});
	}

	@Test
	void missingTokenIsExplainedByThisModule() {
		this.contextRunner.withUserConfiguration(MissingTokenFailureAnalyzerTests.ClientUserConfiguration.class)
			.run((context) -> {
				FailureAnalysis analysis = firstAnalysis(context.getStartupFailure(), new MockEnvironment());
				assertThat(analysis.getDescription()).contains("'osu.v1.token' is not set");
			});
	}

	private FailureAnalysis firstAnalysis(Throwable failure, Environment environment) {
		assertThat(failure).isNotNull();
		ArgumentResolver arguments = ArgumentResolver.of(BeanFactory.class, new DefaultListableBeanFactory())
			.and(Environment.class, environment);
		List<FailureAnalyzer> analyzers = new ArrayList<>(
				SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
					.load(FailureAnalyzer.class, arguments, FailureHandler.logging(LogFactory.getLog(getClass()))));
		assertThat(analyzers).hasAtLeastOneElementOfType(InvalidTokenFailureAnalyzer.class)
			.hasAtLeastOneElementOfType(MissingTokenFailureAnalyzer.class);
		// in an executable jar this module may come after Spring Boot: only the order keeps the key hidden
		Collections.reverse(analyzers);
		AnnotationAwareOrderComparator.sort(analyzers);
		FailureAnalysis analysis = analyzers.stream()
			.map((analyzer) -> analyzer.analyze(failure))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		assertThat(analysis).isNotNull();
		return analysis;
	}

}
