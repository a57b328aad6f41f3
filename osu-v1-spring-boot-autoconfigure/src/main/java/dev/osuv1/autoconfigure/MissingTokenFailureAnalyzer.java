package dev.osuv1.autoconfigure;

import dev.osuv1.OsuV1Client;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.analyzer.AbstractInjectionFailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.Assert;

/**
 * Explains a startup failure where something needs an {@link OsuV1Client} but none was auto-configured because
 * {@code osu.v1.token} is not set. Other missing clients are left to Spring Boot's own analysis.
 */
class MissingTokenFailureAnalyzer extends AbstractInjectionFailureAnalyzer<NoSuchBeanDefinitionException>
		implements Ordered {

	private final Environment environment;

	MissingTokenFailureAnalyzer(Environment environment) {
		Assert.notNull(environment, "'environment' must not be null");
		this.environment = environment;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause,
			@Nullable String description) {
		if (!OsuV1Client.class.equals(cause.getBeanType())
				|| this.environment.containsProperty(PropertiesOsuV1ClientCustomizer.TOKEN_PROPERTY)) {
			return null;
		}
		String subject = (description != null) ? description : "The application";
		return new FailureAnalysis(subject + " required an OsuV1Client, but none was auto-configured because the "
				+ "property 'osu.v1.token' is not set.", "Set 'osu.v1.token' to your osu! API v1 key, from the "
						+ "\"Legacy API\" section of https://osu.ppy.sh/home/account/edit (for example with the "
						+ "OSU_V1_TOKEN environment variable), or define an OsuV1Client bean of your own.",
				cause);
	}

	// Ahead of Spring Boot's analysis of the same exception, which cannot name the property
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
