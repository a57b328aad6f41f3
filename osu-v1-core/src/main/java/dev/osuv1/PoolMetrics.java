package dev.osuv1;

import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;

/**
 * Keeps the client's connection pools in view (one per remote address), so that it can tell whether any connection
 * is still in use: none may be once every call has ended, whatever the way it failed.
 */
final class PoolMetrics implements ConnectionProvider.MeterRegistrar {

	private final Map<String, ConnectionPoolMetrics> pools = new ConcurrentHashMap<>();

	@Override
	public void registerMetrics(String poolName, String id, SocketAddress remoteAddress,
			ConnectionPoolMetrics metrics) {
		this.pools.put(id, metrics);
	}

	@Override
	public void deRegisterMetrics(String poolName, String id, SocketAddress remoteAddress) {
		this.pools.remove(id);
	}

	/** Connections taken from the pools and not yet given back. */
	int acquired() {
		return this.pools.values().stream().mapToInt(ConnectionPoolMetrics::acquiredSize).sum();
	}

	/** Callers waiting for a connection. */
	int pendingAcquires() {
		return this.pools.values().stream().mapToInt(ConnectionPoolMetrics::pendingAcquireSize).sum();
	}

}
