package dev.osuv1.autoconfigure;

import java.time.Clock;

import dev.osuv1.OsuV1Client;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the {@code osuV1}
 * health indicator, when Spring Boot's health support is present and the client is auto-configured. It follows the
 * answers to the client's own calls and sends nothing; {@code management.health.osuv1.enabled=false} turns it off.
 */
@AutoConfiguration(after = OsuV1AutoConfiguration.class,
		beforeName = "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration")
@ConditionalOnClass({ OsuV1Client.class, HealthIndicator.class })
@ConditionalOnBean(OsuV1Client.class)
@ConditionalOnEnabledHealthIndicator("osuv1")
public final class OsuV1HealthAutoConfiguration {

	@Bean
	ApiKeyStatus osuV1ApiKeyStatus() {
		return new ApiKeyStatus(Clock.systemUTC());
	}

	@Bean
	OsuV1ClientCustomizer osuV1HealthClientCustomizer(ApiKeyStatus osuV1ApiKeyStatus) {
		return (builder) -> builder.listener(osuV1ApiKeyStatus);
	}

	@Bean
	HealthIndicator osuV1HealthIndicator(OsuV1Client client, ApiKeyStatus osuV1ApiKeyStatus) {
		return new OsuV1HealthIndicator(client, osuV1ApiKeyStatus);
	}

}
