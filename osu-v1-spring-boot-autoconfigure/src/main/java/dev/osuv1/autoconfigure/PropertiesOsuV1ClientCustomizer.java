package dev.osuv1.autoconfigure;

import java.util.function.Consumer;

import dev.osuv1.OsuV1Client;
import dev.osuv1.RetryPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * Applies {@link OsuV1Properties} to an {@link OsuV1Client.Builder}. A value the builder refuses becomes an
 * {@link InvalidConfigurationPropertyValueException} naming the property, so that startup fails with a clear report;
 * the token is never part of such an exception.
 */
final class PropertiesOsuV1ClientCustomizer implements OsuV1ClientCustomizer {

	static final String TOKEN_PROPERTY = "osu.v1.token";

	static final String HIDDEN_VALUE = "(hidden)";

	private final OsuV1Properties properties;

	PropertiesOsuV1ClientCustomizer(OsuV1Properties properties) {
		Assert.notNull(properties, "'properties' must not be null");
		this.properties = properties;
	}

	@Override
	public void customize(OsuV1Client.Builder builder) {
		builder.token(checkToken(this.properties.getToken()));
		set("osu.v1.base-url", this.properties.getBaseUrl(), builder::baseUrl);
		set("osu.v1.timeout", this.properties.getTimeout(), builder::timeout);
		set("osu.v1.connect-timeout", this.properties.getConnectTimeout(), builder::connectTimeout);
		set("osu.v1.max-response-size", this.properties.getMaxResponseSize(),
				(size) -> builder.maxResponseSize(toBytes(size)));
		builder.coalesce(this.properties.isCoalesce());
		OsuV1Properties.Retry retry = this.properties.getRetry();
		set("osu.v1.retry", retry, (settings) -> builder.retryPolicy(new RetryPolicy(settings.getMaxAttempts(),
				settings.getFirstBackoff(), settings.getMaxBackoff(), settings.isJitter())));
	}

	private static String checkToken(@Nullable String token) {
		if (token == null || token.isBlank()) {
			throw invalidToken("the osu! API key must not be blank");
		}
		if (token.chars().anyMatch(Character::isWhitespace)) {
			throw invalidToken("the osu! API key must not hold whitespace, such as a space or a trailing line break");
		}
		return token;
	}

	// The value is replaced so that neither the message nor a failure analysis can show the key
	private static InvalidConfigurationPropertyValueException invalidToken(String reason) {
		return new InvalidConfigurationPropertyValueException(TOKEN_PROPERTY, HIDDEN_VALUE, reason);
	}

	private static int toBytes(DataSize size) {
		long bytes = size.toBytes();
		if (bytes <= 0 || bytes > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("must be positive and at most " + Integer.MAX_VALUE + " bytes");
		}
		return (int) bytes;
	}

	private static <T> void set(String name, @Nullable T value, Consumer<T> setter) {
		if (value == null) {
			return;
		}
		try {
			setter.accept(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException(name, value, ex.getMessage());
		}
	}

}
