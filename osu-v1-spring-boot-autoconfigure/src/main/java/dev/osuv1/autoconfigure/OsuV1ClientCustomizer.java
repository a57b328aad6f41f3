package dev.osuv1.autoconfigure;

import dev.osuv1.OsuV1Client;

/**
 * Callback that customizes the {@link OsuV1Client.Builder} of the auto-configured {@link OsuV1Client}. Every bean of
 * this type is applied in order ({@link org.springframework.core.annotation.Order @Order} or
 * {@link org.springframework.core.Ordered}), after the {@code osu.v1.*} properties, so a customizer has the last word.
 */
@FunctionalInterface
public interface OsuV1ClientCustomizer {

	/**
	 * Customizes the builder of the auto-configured client.
	 * @param builder the builder, already holding the {@code osu.v1.*} settings
	 */
	void customize(OsuV1Client.Builder builder);

}
