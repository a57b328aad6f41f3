package dev.osuv1.ratelimit;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.osuv1.RateLimitException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A {@link RateLimiter} whose budgets live in Redis, so that every instance of an application, and every application,
 * using one API key shares one budget: the same two buckets as {@link BucketRateLimiter} (all calls, and get_replay),
 * kept through Bucket4j's Lettuce integration under {@code osu-v1:<hash of the key>:general} and {@code :replay}. The
 * key itself is never stored, logged or shown. A bucket expires ten seconds after it would have refilled completely,
 * so keys that are no longer used vanish.
 *
 * <p>Calls get their turns as with {@link BucketRateLimiter}: a call reserves its turn, then waits for it without
 * holding a thread, or fails at once with a {@link RateLimitException} when the turn is further away than max-wait.
 * The reservation is a Redis round trip, so it is made on {@link Schedulers#boundedElastic()}, never on the thread
 * that subscribes, which may be an event loop; a cancelled wait gives its token back from there as well. Turns are
 * given in the order reservations reach Redis, so calls subscribed at the same moment may get theirs in any order.
 *
 * <p>When Redis cannot be reached (not connected, or no answer within the timeout), the {@link RedisFailureMode}
 * decides: {@link RedisFailureMode#FAIL FAIL} fails the call at once with a {@link RateLimitException} naming Redis, and
 * nothing is sent; {@link RedisFailureMode#LOCAL LOCAL} gives it a turn from a limiter local to this instance with the
 * same limits. A warning is logged when Redis is first found unreachable, once until it answers again. Every call
 * tries Redis first, so the limiter goes back to it as soon as it answers, without a restart; while the connection is
 * known to be down, trying costs nothing.
 *
 * <p>What is guaranteed: while Redis answers, the instances sharing a key send at most what one
 * {@link BucketRateLimiter} would, provided their clocks agree and they use the same limits (the first instance to
 * make a bucket sets its size until the key expires). While it does not, each instance in {@code LOCAL} mode has a
 * whole budget of its own, and tokens taken locally are not counted in Redis afterwards.
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {

	/** The default time allowed for one bucket operation in Redis, compare-and-swap retries included. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);

	private static final Logger LOGGER = System.getLogger(RedisRateLimiter.class.getName());

	private final RateLimits limits;

	private final BucketKeys keys;

	private final RedisFailureMode onFailure;

	private final Duration timeout;

	private final RedisConnector connector;

	private final @Nullable BucketRateLimiter local;

	private final Scheduler scheduler = Schedulers.boundedElastic();

	/** Whether Redis was found unreachable and has not answered since: a warning was logged. */
	private final AtomicBoolean unreachable = new AtomicBoolean();

	private final AtomicBoolean closed = new AtomicBoolean();

	private volatile @Nullable BucketRateLimiter shared;

	private RedisRateLimiter(Builder builder, RedisConnector connector) {
		this.limits = builder.limits;
		this.keys = BucketKeys.of(builder.token);
		this.onFailure = builder.onFailure;
		this.timeout = builder.timeout;
		this.connector = connector;
		this.local = (this.onFailure == RedisFailureMode.LOCAL) ? BucketRateLimiter.create(this.limits) : null;
	}

	/**
	 * Starts building a limiter. The API key and one way to reach Redis are required.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns the limits this limiter applies.
	 * @return the limits
	 */
	public RateLimits limits() {
		return this.limits;
	}

	/**
	 * Returns what happens to calls while Redis cannot be reached.
	 * @return the failure mode
	 */
	public RedisFailureMode onFailure() {
		return this.onFailure;
	}

	/**
	 * Returns the Redis keys of the two buckets: {@code osu-v1:}, a hash of the API key, then {@code :general} and
	 * {@code :replay}.
	 * @return the key of the general bucket, then the key of the replay bucket
	 */
	public List<String> redisKeys() {
		return List.of(this.keys.general(), this.keys.replay());
	}

	/**
	 * Reserves a turn for a request of the given kind in Redis when subscribed to, and completes when the turn comes.
	 * @param kind what the request draws from
	 * @return a {@code Mono} that completes at the request's turn, or signals {@link RateLimitException} when the turn
	 * is further away than max-wait, or when Redis cannot be reached in {@link RedisFailureMode#FAIL FAIL} mode
	 */
	@Override
	public Mono<Void> acquire(RequestKind kind) {
		if (kind == null) {
			throw new IllegalArgumentException("kind must not be null");
		}
		// Bucket4j's asynchronous proxies reserve with a deadline only through SchedulingBucket, which completes the
		// wait itself on a JDK ScheduledExecutorService; the blocking proxies let TokenBudget record the wait instead,
		// exactly as for local buckets, at the cost of a bounded-elastic thread for the length of one round trip.
		return Mono.defer(() -> shared().acquire(kind))
			.cancelOn(this.scheduler)
			.subscribeOn(this.scheduler)
			.onErrorResume((ex) -> !(ex instanceof RateLimitException), (ex) -> unreachable(kind, ex));
	}

	/**
	 * Closes the connection to Redis if this limiter opened it, and the client if it made it; a connection or client
	 * it was given stays open. Calls made afterwards fail.
	 */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.connector.close();
		}
	}

	@Override
	public String toString() {
		return "RedisRateLimiter[keys=" + this.keys.general() + ", " + this.keys.replay() + ", limits=" + this.limits
				+ ", onFailure=" + this.onFailure + ", timeout=" + this.timeout + "]";
	}

	/**
	 * Returns the limiter over the buckets in Redis, building it on the first call that finds a connection.
	 * @throws RuntimeException when Redis is not connected
	 */
	private BucketRateLimiter shared() {
		if (this.closed.get()) {
			throw new IllegalStateException("this RedisRateLimiter is closed");
		}
		StatefulRedisConnection<byte[], byte[]> connection = this.connector.connection();
		if (!connection.isOpen()) {
			throw new RedisConnectionException("Not connected to Redis; reconnecting");
		}
		BucketRateLimiter shared = this.shared;
		if (shared == null) {
			synchronized (this) {
				shared = this.shared;
				if (shared == null) {
					shared = RedisBuckets.limiter(connection, this.limits, this.keys, this.timeout, this::answered,
							this.scheduler);
					this.shared = shared;
				}
			}
		}
		return shared;
	}

	private Mono<Void> unreachable(RequestKind kind, Throwable ex) {
		if (this.closed.get()) {
			return Mono.error(ex);
		}
		if (this.unreachable.compareAndSet(false, true)) {
			// the stack trace would say no more than this line; the API key is never part of a Redis failure
			LOGGER.log(Level.WARNING, "Redis, which holds the osu! API rate limiter's budget shared by every instance, "
					+ "cannot be reached (" + describe(ex) + "); " + ((this.local != null)
							? "calls take their turns from a limiter local to this instance until it answers again"
							: "calls fail until it answers again"));
		}
		if (this.local != null) {
			return this.local.acquire(kind);
		}
		return Mono.error(new RateLimitException("The rate limiter could not reach Redis, which holds the budget "
				+ "shared by every instance (" + ex.getClass().getSimpleName() + "); the request was not sent", 0, null,
				null, ex));
	}

	private static String describe(Throwable ex) {
		String message = ex.getMessage();
		return (message != null) ? ex.getClass().getSimpleName() + ": " + message : ex.getClass().getSimpleName();
	}

	private void answered() {
		if (this.unreachable.compareAndSet(true, false)) {
			LOGGER.log(Level.INFO, "Redis answers again: the osu! API rate limiter shares its budget through it again");
		}
	}

	/**
	 * Builds a {@link RedisRateLimiter}. The API key and one way to reach Redis ({@link #connection connection},
	 * {@link #client client} or {@link #url url}) are required.
	 */
	public static final class Builder {

		private RateLimits limits = RateLimits.defaults();

		private @Nullable String token;

		private @Nullable StatefulRedisConnection<byte[], byte[]> connection;

		private @Nullable RedisClient client;

		private @Nullable RedisURI uri;

		private RedisFailureMode onFailure = RedisFailureMode.FAIL;

		private Duration timeout = DEFAULT_TIMEOUT;

		private Builder() {
		}

		/**
		 * Sets the limits; every instance sharing the key should use the same.
		 * @param limits the limits; default {@link RateLimits#defaults()}
		 * @return this builder
		 */
		public Builder limits(RateLimits limits) {
			this.limits = requireArgument(limits, "limits");
			return this;
		}

		/**
		 * Sets the API key whose budget is shared. Only a hash of it is kept, to name the buckets.
		 * @param token the key; not blank
		 * @return this builder
		 */
		public Builder token(String token) {
			if (token == null || token.isBlank()) {
				throw new IllegalArgumentException("token must not be blank");
			}
			this.token = token;
			return this;
		}

		/**
		 * Makes the round trips on a connection that belongs to the application, which the limiter never closes. A
		 * connection that queues commands while it is disconnected (Lettuce's default) is not used until it
		 * reconnects.
		 * @param connection an open connection with byte-array keys and values
		 * @return this builder
		 */
		public Builder connection(StatefulRedisConnection<byte[], byte[]> connection) {
			this.connection = requireArgument(connection, "connection");
			return this;
		}

		/**
		 * Makes the round trips on a connection of the limiter's own, opened on the application's client when first
		 * needed and closed with the limiter; the client stays the application's.
		 * @param client the client, such as the one behind Spring Data Redis's {@code LettuceConnectionFactory}
		 * @return this builder
		 */
		public Builder client(RedisClient client) {
			this.client = requireArgument(client, "client");
			return this;
		}

		/**
		 * Makes the round trips on a client of the limiter's own, connected to the given address when first needed,
		 * refusing commands while it is disconnected, and closed with the limiter.
		 * @param url a Redis URL such as {@code redis://localhost:6379}, {@code rediss://} for TLS
		 * @return this builder
		 */
		public Builder url(String url) {
			if (url == null || url.isBlank()) {
				throw new IllegalArgumentException("url must not be blank");
			}
			try {
				this.uri = RedisURI.create(url.strip());
			}
			catch (RuntimeException ex) {
				// the URL may hold a password, so it is not repeated
				throw new IllegalArgumentException("url must be a Redis URL such as redis://localhost:6379");
			}
			return this;
		}

		/**
		 * Sets what happens to calls while Redis cannot be reached.
		 * @param onFailure the failure mode; default {@link RedisFailureMode#FAIL}
		 * @return this builder
		 */
		public Builder onFailure(RedisFailureMode onFailure) {
			this.onFailure = requireArgument(onFailure, "onFailure");
			return this;
		}

		/**
		 * Sets the time allowed for one bucket operation in Redis, after which Redis counts as unreachable for that
		 * call; a limiter that makes its own client also allows it for opening the connection.
		 * @param timeout a positive duration; default {@link RedisRateLimiter#DEFAULT_TIMEOUT}
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			if (timeout == null || timeout.isNegative() || timeout.isZero()) {
				throw new IllegalArgumentException("timeout must be a positive duration, but was " + timeout);
			}
			this.timeout = timeout;
			return this;
		}

		/**
		 * Builds the limiter. It does not connect yet: the first call does, so an application starts whether Redis
		 * answers or not.
		 * @return the limiter
		 * @throws IllegalStateException when the key or the way to reach Redis is missing, or more than one way is
		 * set
		 */
		public RedisRateLimiter build() {
			if (this.token == null) {
				throw new IllegalStateException("token is required: the budget in Redis belongs to an API key");
			}
			int ways = ((this.connection != null) ? 1 : 0) + ((this.client != null) ? 1 : 0)
					+ ((this.uri != null) ? 1 : 0);
			if (ways != 1) {
				throw new IllegalStateException("exactly one of connection, client or url is required, but " + ways
						+ " were set");
			}
			RedisConnector connector = (this.connection != null) ? RedisConnector.shared(this.connection)
					: (this.client != null) ? RedisConnector.on(this.client)
							: RedisConnector.to(requireArgument(this.uri, "uri"), this.timeout);
			return new RedisRateLimiter(this, connector);
		}

		@Override
		public String toString() {
			return "RedisRateLimiter.Builder[limits=" + this.limits + ", token=(hidden), onFailure=" + this.onFailure
					+ "]";
		}

	}

	private static <T> T requireArgument(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

}
