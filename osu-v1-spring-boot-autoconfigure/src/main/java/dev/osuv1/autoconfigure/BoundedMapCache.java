package dev.osuv1.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import org.springframework.cache.support.AbstractValueAdaptingCache;
import org.springframework.util.Assert;

/**
 * The in-memory cache the client's answers go to when the application has no {@code CacheManager}: it holds at most
 * a given number of entries and drops the least recently used first, so that a long-running application's memory
 * stays bounded whatever it looks up. Expiry is the client's own check; an expired entry is dropped in its turn.
 */
final class BoundedMapCache extends AbstractValueAdaptingCache {

	private final String name;

	private final Map<Object, Object> entries;

	/**
	 * Creates a cache.
	 * @param name the cache's name
	 * @param maxEntries the most entries it holds, at least 1
	 */
	BoundedMapCache(String name, int maxEntries) {
		super(false);
		Assert.isTrue(maxEntries > 0, "'maxEntries' must be positive");
		this.name = name;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
				return size() > maxEntries;
			}

		};
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public Object getNativeCache() {
		return this.entries;
	}

	@Override
	protected @Nullable Object lookup(Object key) {
		synchronized (this.entries) {
			return this.entries.get(key);
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> @Nullable T get(Object key, Callable<T> valueLoader) {
		synchronized (this.entries) {
			Object stored = this.entries.get(key);
			if (stored != null) {
				return (T) fromStoreValue(stored);
			}
			T value;
			try {
				value = valueLoader.call();
			}
			catch (Exception ex) {
				throw new ValueRetrievalException(key, valueLoader, ex);
			}
			this.entries.put(key, toStoreValue(value));
			return value;
		}
	}

	@Override
	public void put(Object key, @Nullable Object value) {
		synchronized (this.entries) {
			this.entries.put(key, toStoreValue(value));
		}
	}

	@Override
	public void evict(Object key) {
		synchronized (this.entries) {
			this.entries.remove(key);
		}
	}

	@Override
	public void clear() {
		synchronized (this.entries) {
			this.entries.clear();
		}
	}

	/** How many entries the cache holds now. */
	int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

}
