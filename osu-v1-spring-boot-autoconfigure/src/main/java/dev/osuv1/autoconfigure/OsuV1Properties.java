package dev.osuv1.autoconfigure;

import java.time.Duration;

import dev.osuv1.ratelimit.RedisFailureMode;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.style.ToStringCreator;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties for the osu! API v1 client ({@code osu.v1.*}). The client is created only when
 * {@link #getToken() token} is set; {@link #toString()} never shows the token.
 */
@ConfigurationProperties("osu.v1")
public class OsuV1Properties {

	/**
	 * API key of the osu! API v1, from the "Legacy API" section of the osu! account settings. The client is
	 * auto-configured only when it is set.
	 */
	private @Nullable String token;

	/**
	 * Address of the osu! API v1. Change it to use a private server that mimics the API.
	 */
	private String baseUrl = "https://osu.ppy.sh";

	/**
	 * Time allowed for a whole response, from sending the request to the last byte of the body.
	 */
	private Duration timeout = Duration.ofSeconds(10);

	/**
	 * Time allowed for opening a connection.
	 */
	private Duration connectTimeout = Duration.ofSeconds(5);

	/**
	 * Largest response body accepted. Replays and long beatmap lists run to several megabytes.
	 */
	private DataSize maxResponseSize = DataSize.ofMegabytes(32);

	/**
	 * Whether identical calls (same endpoint and parameters) made while one is under way share its request, and so
	 * one rate-limit token.
	 */
	private boolean coalesce = true;

	private final Limiter limiter = new Limiter();

	private final Retry retry = new Retry();

	private final Cache cache = new Cache();

	/**
	 * Returns the API key.
	 * @return the key, or {@code null} when none is set
	 */
	public @Nullable String getToken() {
		return this.token;
	}

	/**
	 * Sets the API key.
	 * @param token the key
	 */
	public void setToken(@Nullable String token) {
		this.token = token;
	}

	/**
	 * Returns the address of the API.
	 * @return the base URL
	 */
	public String getBaseUrl() {
		return this.baseUrl;
	}

	/**
	 * Sets the address of the API.
	 * @param baseUrl an absolute http or https URL
	 */
	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * Returns the time allowed for a whole response.
	 * @return the response timeout
	 */
	public Duration getTimeout() {
		return this.timeout;
	}

	/**
	 * Sets the time allowed for a whole response.
	 * @param timeout a positive duration
	 */
	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	/**
	 * Returns the time allowed for opening a connection.
	 * @return the connect timeout
	 */
	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	/**
	 * Sets the time allowed for opening a connection.
	 * @param connectTimeout a positive duration
	 */
	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	/**
	 * Returns the largest response body accepted.
	 * @return the size limit
	 */
	public DataSize getMaxResponseSize() {
		return this.maxResponseSize;
	}

	/**
	 * Sets the largest response body accepted.
	 * @param maxResponseSize a positive size, at most 2 GB
	 */
	public void setMaxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	/**
	 * Returns whether identical calls under way share one request.
	 * @return whether calls are coalesced
	 */
	public boolean isCoalesce() {
		return this.coalesce;
	}

	/**
	 * Sets whether identical calls under way share one request.
	 * @param coalesce whether calls are coalesced
	 */
	public void setCoalesce(boolean coalesce) {
		this.coalesce = coalesce;
	}

	/**
	 * Returns the client-side rate limiter settings.
	 * @return the limiter settings
	 */
	public Limiter getLimiter() {
		return this.limiter;
	}

	/**
	 * Returns the retry settings.
	 * @return the retry settings
	 */
	public Retry getRetry() {
		return this.retry;
	}

	/**
	 * Returns the response cache settings.
	 * @return the cache settings
	 */
	public Cache getCache() {
		return this.cache;
	}

	@Override
	public String toString() {
		return new ToStringCreator(this).append("token", (this.token != null) ? "(hidden)" : null)
			.append("baseUrl", this.baseUrl)
			.append("timeout", this.timeout)
			.append("connectTimeout", this.connectTimeout)
			.append("maxResponseSize", this.maxResponseSize)
			.append("coalesce", this.coalesce)
			.append("limiter", this.limiter)
			.append("retry", this.retry)
			.append("cache", this.cache)
			.toString();
	}

	/**
	 * Client-side rate limiter settings ({@code osu.v1.limiter.*}), so that an application stays inside the limits of
	 * the API without thinking about them.
	 */
	public static class Limiter {

		/**
		 * Whether to limit the rate of requests on the client side.
		 */
		private boolean enabled = true;

		/**
		 * Number of requests allowed per period, whatever the endpoint.
		 */
		private long requests = 600;

		/**
		 * Period over which the request budget refills.
		 */
		private Duration period = Duration.ofSeconds(60);

		/**
		 * Number of get_replay requests allowed per replay period, drawn on top of the general budget.
		 */
		private long replayRequests = 10;

		/**
		 * Period over which the get_replay budget refills.
		 */
		private Duration replayPeriod = Duration.ofSeconds(60);

		/**
		 * Longest time a request waits for its turn. A request that would have to wait longer fails at once with a
		 * rate-limit error and is not sent.
		 */
		private Duration maxWait = Duration.ofSeconds(60);

		/**
		 * Where the budget is kept: in this instance, or in Redis, shared by every instance and application that uses
		 * the same token.
		 */
		private Store store = Store.LOCAL;

		private final Redis redis = new Redis();

		/**
		 * Returns whether requests are rate limited on the client side.
		 * @return whether the limiter is enabled
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Sets whether requests are rate limited on the client side.
		 * @param enabled whether the limiter is enabled
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * Returns the number of requests allowed per period.
		 * @return the general budget
		 */
		public long getRequests() {
			return this.requests;
		}

		/**
		 * Sets the number of requests allowed per period.
		 * @param requests a positive number
		 */
		public void setRequests(long requests) {
			this.requests = requests;
		}

		/**
		 * Returns the period over which the general budget refills.
		 * @return the period
		 */
		public Duration getPeriod() {
			return this.period;
		}

		/**
		 * Sets the period over which the general budget refills.
		 * @param period a positive duration
		 */
		public void setPeriod(Duration period) {
			this.period = period;
		}

		/**
		 * Returns the number of get_replay requests allowed per replay period.
		 * @return the replay budget
		 */
		public long getReplayRequests() {
			return this.replayRequests;
		}

		/**
		 * Sets the number of get_replay requests allowed per replay period.
		 * @param replayRequests a positive number
		 */
		public void setReplayRequests(long replayRequests) {
			this.replayRequests = replayRequests;
		}

		/**
		 * Returns the period over which the replay budget refills.
		 * @return the replay period
		 */
		public Duration getReplayPeriod() {
			return this.replayPeriod;
		}

		/**
		 * Sets the period over which the replay budget refills.
		 * @param replayPeriod a positive duration
		 */
		public void setReplayPeriod(Duration replayPeriod) {
			this.replayPeriod = replayPeriod;
		}

		/**
		 * Returns the longest time a request waits for its turn.
		 * @return the longest wait
		 */
		public Duration getMaxWait() {
			return this.maxWait;
		}

		/**
		 * Sets the longest time a request waits for its turn.
		 * @param maxWait a positive duration
		 */
		public void setMaxWait(Duration maxWait) {
			this.maxWait = maxWait;
		}

		/**
		 * Returns where the budget is kept.
		 * @return the store
		 */
		public Store getStore() {
			return this.store;
		}

		/**
		 * Sets where the budget is kept.
		 * @param store the store
		 */
		public void setStore(Store store) {
			this.store = store;
		}

		/**
		 * Returns the settings of the Redis store.
		 * @return the Redis settings
		 */
		public Redis getRedis() {
			return this.redis;
		}

		@Override
		public String toString() {
			return new ToStringCreator(this).append("enabled", this.enabled)
				.append("requests", this.requests)
				.append("period", this.period)
				.append("replayRequests", this.replayRequests)
				.append("replayPeriod", this.replayPeriod)
				.append("maxWait", this.maxWait)
				.append("store", this.store)
				.append("redis", this.redis)
				.toString();
		}

		/**
		 * Where the rate limiter keeps its budget.
		 */
		public enum Store {

			/** In this instance: each instance of the application has a whole budget of its own. */
			LOCAL,

			/**
			 * In Redis, through Bucket4j's Lettuce integration: every instance using the same token shares one budget.
			 */
			REDIS

		}

		/**
		 * Settings of the Redis store ({@code osu.v1.limiter.redis.*}), used when {@code osu.v1.limiter.store} is
		 * {@code redis}.
		 */
		public static class Redis {

			/**
			 * Redis URL to keep the budget at when the application has no Redis connection of its own: a Spring Data
			 * Redis Lettuce connection factory, or a Lettuce RedisClient bean.
			 */
			private String url = "redis://localhost:6379";

			/**
			 * What calls do while Redis cannot be reached: fail at once with a rate-limit error and send nothing, or
			 * take their turns from a limiter local to this instance, with the same limits, until Redis answers again.
			 */
			private RedisFailureMode onFailure = RedisFailureMode.FAIL;

			/**
			 * Time allowed for each operation on the budget in Redis, after which Redis counts as unreachable for that
			 * call.
			 */
			private Duration timeout = Duration.ofSeconds(1);

			/**
			 * Returns the URL of the Redis to use when the application has no Redis connection.
			 * @return the URL
			 */
			public String getUrl() {
				return this.url;
			}

			/**
			 * Sets the URL of the Redis to use when the application has no Redis connection.
			 * @param url a Redis URL such as {@code redis://localhost:6379}, {@code rediss://} for TLS
			 */
			public void setUrl(String url) {
				this.url = url;
			}

			/**
			 * Returns what calls do while Redis cannot be reached.
			 * @return the failure mode
			 */
			public RedisFailureMode getOnFailure() {
				return this.onFailure;
			}

			/**
			 * Sets what calls do while Redis cannot be reached.
			 * @param onFailure the failure mode
			 */
			public void setOnFailure(RedisFailureMode onFailure) {
				this.onFailure = onFailure;
			}

			/**
			 * Returns the time allowed for each operation on the budget in Redis.
			 * @return the timeout
			 */
			public Duration getTimeout() {
				return this.timeout;
			}

			/**
			 * Sets the time allowed for each operation on the budget in Redis.
			 * @param timeout a positive duration
			 */
			public void setTimeout(Duration timeout) {
				this.timeout = timeout;
			}

			@Override
			public String toString() {
				// a URL may hold a password
				return new ToStringCreator(this).append("url", this.url.replaceFirst("//[^/@]*@", "//(hidden)@"))
					.append("onFailure", this.onFailure)
					.append("timeout", this.timeout)
					.toString();
			}

		}

	}

	/**
	 * Retry settings ({@code osu.v1.retry.*}) for calls that failed in a way that may pass: connection failures,
	 * timeouts, 5xx, 429, HTML, empty or invalid JSON bodies.
	 */
	public static class Retry {

		/**
		 * Number of requests a call may send in all, the first included. 1 turns retries off.
		 */
		private int maxAttempts = 3;

		/**
		 * Wait before the first retry; it doubles for each next one.
		 */
		private Duration firstBackoff = Duration.ofMillis(500);

		/**
		 * Longest wait between two attempts, and the longest Retry-After header honoured.
		 */
		private Duration maxBackoff = Duration.ofSeconds(30);

		/**
		 * Whether each wait is drawn at random between half of it and all of it.
		 */
		private boolean jitter = true;

		/**
		 * Returns the number of requests a call may send in all.
		 * @return the attempts
		 */
		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		/**
		 * Sets the number of requests a call may send in all, the first included.
		 * @param maxAttempts the attempts
		 */
		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		/**
		 * Returns the wait before the first retry.
		 * @return the first backoff
		 */
		public Duration getFirstBackoff() {
			return this.firstBackoff;
		}

		/**
		 * Sets the wait before the first retry.
		 * @param firstBackoff the first backoff
		 */
		public void setFirstBackoff(Duration firstBackoff) {
			this.firstBackoff = firstBackoff;
		}

		/**
		 * Returns the longest wait between two attempts.
		 * @return the max backoff
		 */
		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		/**
		 * Sets the longest wait between two attempts.
		 * @param maxBackoff the max backoff
		 */
		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		/**
		 * Returns whether waits are randomised.
		 * @return whether jitter is on
		 */
		public boolean isJitter() {
			return this.jitter;
		}

		/**
		 * Sets whether waits are randomised.
		 * @param jitter whether jitter is on
		 */
		public void setJitter(boolean jitter) {
			this.jitter = jitter;
		}

		@Override
		public String toString() {
			return "Retry[maxAttempts=" + this.maxAttempts + ", firstBackoff=" + this.firstBackoff + ", maxBackoff="
					+ this.maxBackoff + ", jitter=" + this.jitter + "]";
		}

	}

	/**
	 * Response cache settings ({@code osu.v1.cache.*}): answers kept in a cache of Spring's cache abstraction, so that
	 * calls repeated within an endpoint's time to live send no request.
	 */
	public static class Cache {

		/**
		 * Whether to keep the API's answers in a cache.
		 */
		private boolean enabled;

		/**
		 * Name of the cache of the application's CacheManager that holds the answers. Without a CacheManager, an
		 * in-memory map of that name is used.
		 */
		private String name = "osuV1";

		/**
		 * Most answers kept in memory when the application has no CacheManager; the least recently used are dropped
		 * first.
		 */
		private int maxEntries = 10_000;

		private final TimeToLive timeToLive = new TimeToLive();

		/**
		 * Returns whether answers are cached.
		 * @return whether the cache is enabled
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Sets whether answers are cached.
		 * @param enabled whether the cache is enabled
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * Returns the name of the cache that holds the answers.
		 * @return the cache name
		 */
		public String getName() {
			return this.name;
		}

		/**
		 * Sets the name of the cache that holds the answers.
		 * @param name the cache name
		 */
		public void setName(String name) {
			this.name = name;
		}

		/**
		 * Returns the most answers kept in memory when the application has no CacheManager.
		 * @return the most entries of the in-memory cache
		 */
		public int getMaxEntries() {
			return this.maxEntries;
		}

		/**
		 * Sets the most answers kept in memory when the application has no CacheManager.
		 * @param maxEntries the most entries of the in-memory cache, at least 1
		 */
		public void setMaxEntries(int maxEntries) {
			this.maxEntries = maxEntries;
		}

		/**
		 * Returns how long the answers of each endpoint are kept.
		 * @return the times to live
		 */
		public TimeToLive getTimeToLive() {
			return this.timeToLive;
		}

		@Override
		public String toString() {
			return new ToStringCreator(this).append("enabled", this.enabled)
				.append("name", this.name)
				.append("maxEntries", this.maxEntries)
				.append("timeToLive", this.timeToLive)
				.toString();
		}

	}

	/**
	 * How long the answers of each endpoint are kept ({@code osu.v1.cache.time-to-live.*}); zero turns caching off for
	 * an endpoint.
	 */
	public static class TimeToLive {

		/**
		 * Time to live of get_user answers.
		 */
		private Duration user = Duration.ofMinutes(1);

		/**
		 * Time to live of get_user_recent answers.
		 */
		private Duration userRecent = Duration.ofSeconds(30);

		/**
		 * Time to live of get_user_best answers.
		 */
		private Duration userBest = Duration.ofMinutes(5);

		/**
		 * Time to live of get_beatmaps answers, the pages of a walk by date included.
		 */
		private Duration beatmaps = Duration.ofMinutes(5);

		/**
		 * Time to live of get_scores answers.
		 */
		private Duration scores = Duration.ofMinutes(5);

		/**
		 * Time to live of get_match answers. A match under way changes with each game.
		 */
		private Duration match = Duration.ofMinutes(1);

		/**
		 * Time to live of get_replay answers. Replays do not change, and the API allows only 10 of these requests a
		 * minute, but each holds up to several megabytes.
		 */
		private Duration replay = Duration.ofHours(1);

		/**
		 * Time to live of .osu files. A file changes only when its map is updated.
		 */
		private Duration beatmapFile = Duration.ofHours(1);

		/**
		 * Returns the time to live of get_user answers.
		 * @return the time to live
		 */
		public Duration getUser() {
			return this.user;
		}

		/**
		 * Sets the time to live of get_user answers.
		 * @param user the time to live, zero for none
		 */
		public void setUser(Duration user) {
			this.user = user;
		}

		/**
		 * Returns the time to live of get_user_recent answers.
		 * @return the time to live
		 */
		public Duration getUserRecent() {
			return this.userRecent;
		}

		/**
		 * Sets the time to live of get_user_recent answers.
		 * @param userRecent the time to live, zero for none
		 */
		public void setUserRecent(Duration userRecent) {
			this.userRecent = userRecent;
		}

		/**
		 * Returns the time to live of get_user_best answers.
		 * @return the time to live
		 */
		public Duration getUserBest() {
			return this.userBest;
		}

		/**
		 * Sets the time to live of get_user_best answers.
		 * @param userBest the time to live, zero for none
		 */
		public void setUserBest(Duration userBest) {
			this.userBest = userBest;
		}

		/**
		 * Returns the time to live of get_beatmaps answers.
		 * @return the time to live
		 */
		public Duration getBeatmaps() {
			return this.beatmaps;
		}

		/**
		 * Sets the time to live of get_beatmaps answers.
		 * @param beatmaps the time to live, zero for none
		 */
		public void setBeatmaps(Duration beatmaps) {
			this.beatmaps = beatmaps;
		}

		/**
		 * Returns the time to live of get_scores answers.
		 * @return the time to live
		 */
		public Duration getScores() {
			return this.scores;
		}

		/**
		 * Sets the time to live of get_scores answers.
		 * @param scores the time to live, zero for none
		 */
		public void setScores(Duration scores) {
			this.scores = scores;
		}

		/**
		 * Returns the time to live of get_match answers.
		 * @return the time to live
		 */
		public Duration getMatch() {
			return this.match;
		}

		/**
		 * Sets the time to live of get_match answers.
		 * @param match the time to live, zero for none
		 */
		public void setMatch(Duration match) {
			this.match = match;
		}

		/**
		 * Returns the time to live of get_replay answers.
		 * @return the time to live
		 */
		public Duration getReplay() {
			return this.replay;
		}

		/**
		 * Sets the time to live of get_replay answers.
		 * @param replay the time to live, zero for none
		 */
		public void setReplay(Duration replay) {
			this.replay = replay;
		}

		/**
		 * Returns the time to live of .osu files.
		 * @return the time to live
		 */
		public Duration getBeatmapFile() {
			return this.beatmapFile;
		}

		/**
		 * Sets the time to live of .osu files.
		 * @param beatmapFile the time to live, zero for none
		 */
		public void setBeatmapFile(Duration beatmapFile) {
			this.beatmapFile = beatmapFile;
		}

		@Override
		public String toString() {
			return new ToStringCreator(this).append("user", this.user)
				.append("userRecent", this.userRecent)
				.append("userBest", this.userBest)
				.append("beatmaps", this.beatmaps)
				.append("scores", this.scores)
				.append("match", this.match)
				.append("replay", this.replay)
				.append("beatmapFile", this.beatmapFile)
				.toString();
		}

	}

}
