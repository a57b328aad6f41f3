package dev.osuv1.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.osuv1.OsuV1Client;
import org.jspecify.annotations.Nullable;

/**
 * Calls get_user one after another on a thread of its own, every 50 ms until stopped, recording how each call ended
 * and how long it took, so that a test can change the world (kill Redis) in the middle of a run.
 */
final class CallLoop implements AutoCloseable {

	private static final Duration PAUSE = Duration.ofMillis(50);

	private final OsuV1Client client;

	private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();

	private final Thread thread;

	private volatile boolean stopped;

	private CallLoop(OsuV1Client client) {
		this.client = client;
		this.thread = new Thread(this::run, "call-loop");
		this.thread.setDaemon(true);
	}

	static CallLoop start(OsuV1Client client) {
		CallLoop loop = new CallLoop(client);
		loop.thread.start();
		return loop;
	}

	List<Outcome> outcomes() {
		return List.copyOf(this.outcomes);
	}

	/**
	 * Waits until the last {@code count} calls were all answered.
	 */
	void awaitAnswered(int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!lastAnswered(count)) {
			if (System.nanoTime() - deadline > 0) {
				throw new AssertionError("The last " + count + " calls were not all answered within " + timeout
						+ ": " + this.outcomes);
			}
			Thread.sleep(PAUSE.toMillis());
		}
	}

	/**
	 * Stops the loop once its current call has ended.
	 */
	@Override
	public void close() throws InterruptedException {
		this.stopped = true;
		this.thread.join(Duration.ofSeconds(30).toMillis());
		if (this.thread.isAlive()) {
			throw new AssertionError("The call loop did not stop");
		}
	}

	private boolean lastAnswered(int count) {
		List<Outcome> all = outcomes();
		return all.size() >= count && all.subList(all.size() - count, all.size()).stream().allMatch(Outcome::answered);
	}

	private void run() {
		int userId = 1;
		while (!this.stopped) {
			long start = System.nanoTime();
			Throwable failure = null;
			try {
				this.client.getUser(userId++).block(Duration.ofSeconds(30));
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
			this.outcomes.add(new Outcome(Duration.ofNanos(System.nanoTime() - start), failure));
			try {
				Thread.sleep(PAUSE.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * How one call ended.
	 *
	 * @param took how long the call took
	 * @param failure what it failed with, or {@code null} when it was answered
	 */
	record Outcome(Duration took, @Nullable Throwable failure) {

		boolean answered() {
			return this.failure == null;
		}

	}

}
