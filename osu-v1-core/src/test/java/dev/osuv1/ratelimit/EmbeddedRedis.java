package dev.osuv1.ratelimit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import redis.embedded.RedisServer;

/**
 * A real redis-server (the binary shipped in embedded-redis) on a free local port, without persistence, so that a
 * restart comes back empty, as a Redis that lost its data would. Shared with the auto-configuration's tests through
 * core's test jar.
 */
public final class EmbeddedRedis implements AutoCloseable {

	private final int port;

	private final RedisServer server;

	private EmbeddedRedis(int port) {
		this.port = port;
		try {
			this.server = RedisServer.newRedisServer()
				.port(port)
				.bind("127.0.0.1")
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts a server on a free port.
	 */
	public static EmbeddedRedis start() {
		EmbeddedRedis redis = new EmbeddedRedis(freePort());
		redis.startAgain();
		return redis;
	}

	/**
	 * Returns a server for a free port that is not started yet.
	 */
	public static EmbeddedRedis notStarted() {
		return new EmbeddedRedis(freePort());
	}

	public int port() {
		return this.port;
	}

	public String url() {
		return "redis://127.0.0.1:" + this.port;
	}

	/**
	 * Kills the server; its data is lost.
	 */
	public void stop() {
		try {
			this.server.stop();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts the server (again) on the same port.
	 */
	public void startAgain() {
		try {
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		if (this.server.isActive()) {
			stop();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
