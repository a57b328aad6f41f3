package dev.osuv1.autoconfigure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.util.Assert;

/**
 * Hides the osu! API key from Actuator's {@code configprops} and {@code env} endpoints, even when they are set to show
 * values: the {@code osu.v1.token} property in any of its forms, and any value that holds the key. The password of a
 * Redis URL (such as {@code osu.v1.limiter.redis.url}) is masked too, leaving the rest of the URL readable.
 */
final class TokenSanitizingFunction implements SanitizingFunction {

	/** The user information of a {@code redis://} or {@code rediss://} URL: a password, or a user and a password. */
	private static final Pattern REDIS_USER_INFO = Pattern.compile("^(rediss?://)[^/@\\s]+@", Pattern.CASE_INSENSITIVE);

	private final OsuV1Properties properties;

	TokenSanitizingFunction(OsuV1Properties properties) {
		Assert.notNull(properties, "'properties' must not be null");
		this.properties = properties;
	}

	@Override
	public SanitizableData apply(SanitizableData data) {
		Object value = data.getValue();
		if (value == null) {
			return data;
		}
		if (isTokenKey(data.getKey()) || holdsToken(value)) {
			return data.withSanitizedValue();
		}
		if (value instanceof CharSequence text) {
			Matcher userInfo = REDIS_USER_INFO.matcher(text);
			if (userInfo.find()) {
				return data.withValue(userInfo.replaceFirst("$1" + SanitizableData.SANITIZED_VALUE + "@"));
			}
		}
		return data;
	}

	// The env endpoint shows the key as written: osu.v1.token, OSU_V1_TOKEN, osu.v1.Token...
	private static boolean isTokenKey(String key) {
		return "osu.v1.token".equals(key.toLowerCase(Locale.ROOT).replace('_', '.'));
	}

	// The configprops endpoint shows it as "token" under "osu.v1", and a value elsewhere may embed it
	private boolean holdsToken(Object value) {
		String token = this.properties.getToken();
		return token != null && !token.isBlank() && value instanceof CharSequence text
				&& text.toString().contains(token.strip());
	}

}
