package dev.osuv1.autoconfigure;

import java.time.Duration;

import dev.osuv1.OsuV1Client;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the osu! API v1
 * client's response cache, with {@code osu.v1.cache.enabled=true}: answers are kept in the cache named by
 * {@code osu.v1.cache.name} of the application's {@link CacheManager} (one set up by Spring Boot with
 * {@code @EnableCaching} and {@code spring.cache.*}, or the application's own), or in memory when the application has
 * none (at most {@code osu.v1.cache.max-entries} answers, the least recently used dropped first), for the time to live
 * {@code osu.v1.cache.time-to-live.*} gives each endpoint.
 */
@AutoConfiguration(afterName = "org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration")
@ConditionalOnClass({ OsuV1Client.class, CacheManager.class })
@ConditionalOnBooleanProperty("osu.v1.cache.enabled")
@EnableConfigurationProperties(OsuV1Properties.class)
public final class OsuV1CacheAutoConfiguration {

	@Bean
	OsuV1ClientCustomizer osuV1CacheClientCustomizer(OsuV1Properties properties,
			ObjectProvider<CacheManager> cacheManager) {
		OsuV1Properties.Cache settings = properties.getCache();
		String name = settings.getName();
		CacheManager manager = cacheManager.getIfUnique();
		Cache cache = (manager != null) ? manager.getCache(name) : inMemory(name, settings.getMaxEntries());
		if (cache == null) {
			throw new InvalidConfigurationPropertyValueException("osu.v1.cache.name", name,
					"the application's CacheManager has no cache of that name; add it to its caches (for example to "
							+ "spring.cache.cache-names)");
		}
		SpringResponseCache responseCache = new SpringResponseCache(cache,
				(endpoint) -> timeToLive(settings.getTimeToLive(), endpoint));
		return (builder) -> builder.responseCache(responseCache);
	}

	private static Cache inMemory(String name, int maxEntries) {
		if (maxEntries < 1) {
			throw new InvalidConfigurationPropertyValueException("osu.v1.cache.max-entries", maxEntries,
					"must be at least 1");
		}
		return new BoundedMapCache(name, maxEntries);
	}

	private static Duration timeToLive(OsuV1Properties.TimeToLive timeToLive, String endpoint) {
		Duration duration = switch (endpoint) {
			case "get_user" -> timeToLive.getUser();
			case "get_user_recent" -> timeToLive.getUserRecent();
			case "get_user_best" -> timeToLive.getUserBest();
			case "get_beatmaps" -> timeToLive.getBeatmaps();
			case "get_scores" -> timeToLive.getScores();
			case "get_match" -> timeToLive.getMatch();
			case "get_replay" -> timeToLive.getReplay();
			case "get_beatmap_osu" -> timeToLive.getBeatmapFile();
			default -> null;
		};
		return (duration != null) ? duration : Duration.ZERO;
	}

}
