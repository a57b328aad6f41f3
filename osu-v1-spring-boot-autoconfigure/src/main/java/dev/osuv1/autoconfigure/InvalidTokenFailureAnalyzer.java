package dev.osuv1.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains a startup failure caused by a malformed {@code osu.v1.token} (blank, or holding whitespace) without ever
 * showing its value.
 */
class InvalidTokenFailureAnalyzer extends AbstractFailureAnalyzer<InvalidConfigurationPropertyValueException>
		implements Ordered {

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure,
			InvalidConfigurationPropertyValueException cause) {
		if (!PropertiesOsuV1ClientCustomizer.TOKEN_PROPERTY.equals(cause.getName())) {
			return null;
		}
		String reason = (cause.getReason() != null) ? ": " + cause.getReason() : "";
		return new FailureAnalysis("Invalid value for configuration property 'osu.v1.token' (not shown, as it is an "
				+ "API key)" + reason + ".", "Set 'osu.v1.token' to your osu! API v1 key exactly as shown in the "
						+ "\"Legacy API\" section of https://osu.ppy.sh/home/account/edit, without spaces or line "
						+ "breaks. A key read from a file or a secret store often ends with a stray line break.",
				cause);
	}

	// Spring Boot's analysis of the same exception would print the value from the environment: the API key
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
