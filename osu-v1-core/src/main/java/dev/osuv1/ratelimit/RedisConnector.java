package dev.osuv1.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import org.jspecify.annotations.Nullable;

/**
 * The Redis connection a {@link RedisRateLimiter} makes its round trips on: one it was given, or one it opens itself
 * when first needed, so that an application starts whether Redis answers or not. An attempt to open it that fails is
 * made again on a later call, at most once a second. Once open, Lettuce reconnects it by itself after Redis goes away.
 */
final class RedisConnector implements AutoCloseable {

	/** The least time between two attempts to open the connection. */
	private static final long RETRY_NANOS = Duration.ofSeconds(1).toNanos();

	/** The longest pause between two attempts to reconnect a client this connector made itself. */
	private static final Duration MAX_RECONNECT_DELAY = Duration.ofSeconds(1);

	private final @Nullable Supplier<StatefulRedisConnection<byte[], byte[]>> opener;

	/** Releases the client this connector made, if any; a connection it opened is closed before. */
	private final Runnable releaseClient;

	private volatile @Nullable StatefulRedisConnection<byte[], byte[]> connection;

	private long nextAttemptNanos = System.nanoTime();

	private boolean closed;

	private RedisConnector(@Nullable StatefulRedisConnection<byte[], byte[]> connection,
			@Nullable Supplier<StatefulRedisConnection<byte[], byte[]>> opener, Runnable releaseClient) {
		this.connection = connection;
		this.opener = opener;
		this.releaseClient = releaseClient;
	}

	/**
	 * Uses a connection that belongs to someone else: it is never closed here.
	 */
	static RedisConnector shared(StatefulRedisConnection<byte[], byte[]> connection) {
		return new RedisConnector(connection, null, () -> {
		});
	}

	/**
	 * Opens a connection of its own on the given client, which belongs to someone else; the connection is closed with
	 * this connector, the client is not.
	 */
	static RedisConnector on(RedisClient client) {
		return new RedisConnector(null, () -> client.connect(ByteArrayCodec.INSTANCE), () -> {
		});
	}

	/**
	 * Makes a client of its own for the given address: commands are refused at once while it is disconnected, instead
	 * of being queued until it reconnects, and it tries to reconnect at least once a second. The connection, the
	 * client and its threads are released with this connector.
	 */
	static RedisConnector to(RedisURI uri, Duration timeout) {
		ClientResources resources = DefaultClientResources.builder()
			.ioThreadPoolSize(2)
			.computationThreadPoolSize(2)
			.reconnectDelay(Delay.exponential(Duration.ZERO, MAX_RECONNECT_DELAY, 2, TimeUnit.MILLISECONDS))
			.build();
		RedisClient client = RedisClient.create(resources, uri);
		client.setOptions(ClientOptions.builder()
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
			.build());
		return new RedisConnector(null, () -> client.connect(ByteArrayCodec.INSTANCE), () -> {
			client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
			resources.shutdown(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
		});
	}

	/**
	 * Returns the connection, opening it first if need be. It may be disconnected for now: Lettuce is then trying to
	 * reconnect it, and {@link StatefulRedisConnection#isOpen()} is false. Calls that arrive while it is being opened
	 * wait for that attempt, as they would for any answer from Redis; after an attempt failed, calls fail at once for
	 * a second.
	 * @throws RedisConnectionException when it could not be opened, was tried less than a second ago without success,
	 * or this connector is closed
	 */
	StatefulRedisConnection<byte[], byte[]> connection() {
		StatefulRedisConnection<byte[], byte[]> connection = this.connection;
		return (connection != null) ? connection : open();
	}

	private synchronized StatefulRedisConnection<byte[], byte[]> open() {
		if (this.closed) {
			throw new RedisConnectionException("The connection to Redis is closed");
		}
		StatefulRedisConnection<byte[], byte[]> connection = this.connection;
		if (connection != null) {
			return connection;
		}
		if (this.opener == null) {
			throw new IllegalStateException("No connection and nothing to open one with");
		}
		if (System.nanoTime() - this.nextAttemptNanos < 0) {
			throw new RedisConnectionException("Not connected to Redis; the last attempt failed less than a second ago");
		}
		try {
			connection = this.opener.get();
		}
		catch (RuntimeException ex) {
			this.nextAttemptNanos = System.nanoTime() + RETRY_NANOS;
			throw ex;
		}
		this.connection = connection;
		return connection;
	}

	/**
	 * Releases what this connector opened or made; a connection it was given stays open.
	 */
	@Override
	public void close() {
		StatefulRedisConnection<byte[], byte[]> opened;
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			opened = (this.opener != null) ? this.connection : null;
			this.connection = null;
		}
		// the application's client may have been shut down first, closing every connection on it
		boolean closedAlready = opened instanceof RedisChannelHandler<?, ?> handler && handler.isClosed();
		if (opened != null && !closedAlready) {
			opened.close();
		}
		this.releaseClient.run();
	}

}
