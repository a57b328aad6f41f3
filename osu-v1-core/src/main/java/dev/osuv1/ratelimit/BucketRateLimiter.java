package dev.osuv1.ratelimit;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.OptionalLong;

import dev.osuv1.RateLimitException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A {@link RateLimiter} backed by two Bucket4j token buckets: a general one every request draws from, and a replay
 * one that get_replay draws from as well (see {@link RateLimits}).
 *
 * <p>A call reserves its token when {@link #acquire(RequestKind)} is subscribed to, so calls get their turns in the
 * order they subscribe, then waits on a {@link Scheduler} timer: no thread is held while it waits. A call whose turn
 * is further away than {@link RateLimits#maxWait() max-wait} fails at once with a {@link RateLimitException} (status
 * 0, {@link RateLimitException#getRetryAfter() retry-after} the wait) and takes no token, so nothing is sent.
 * Cancelling a call that is still waiting gives its tokens back. Bucket4j cannot move turns already given, so a
 * token given back goes to whoever reserves next, who may then go before calls that were already waiting (those keep
 * their turns) or right beside one of them: after cancellations, sends can come closer together than the refill
 * rate, by at most one token for each token given back.
 *
 * <p>A replay takes a token from both buckets. When a general token is free, the replay reserves its replay turn at
 * once and goes at that turn. Otherwise it first waits for its general turn and reserves its replay turn then: a
 * replay token is never held past the turn the replay bucket gave it, so replays never exceed the replay budget,
 * which is the API's hard limit, and they reserve replay turns in the order they arrived. Such a replay is refused at
 * once when the replay queue is already too long; if the queue grew meanwhile (replays that arrived earlier, or
 * another instance sharing the bucket), it is refused at its general turn instead, still within max-wait, and its
 * general turn is spent. A replay's general token is taken before the replay goes when the replay waits for its
 * replay turn, so while replays wait, general sends can exceed the general budget by the replays sent; the general
 * default is far below the API's own limit, which makes that harmless.
 */
public final class BucketRateLimiter implements RateLimiter {

	private final RateLimits limits;

	private final TokenBudget general;

	private final TokenBudget replay;

	private final Scheduler scheduler;

	private final long maxWaitNanos;

	/**
	 * Creates a limiter over the given buckets, such as buckets shared between instances through a Bucket4j
	 * {@code ProxyManager}. Each token is reserved on the subscribing thread, so a remote bucket costs one round trip
	 * there per bucket: subscribe on a thread that may block, as {@link RedisRateLimiter} does.
	 * @param limits the limits the buckets were configured with; their max-wait applies, the rest describes the
	 * buckets in messages and is not checked against them
	 * @param general the bucket every request draws one token from
	 * @param replay the bucket get_replay requests also draw one token from
	 * @param scheduler where waits are timed; its clock should agree with the buckets' time
	 */
	public BucketRateLimiter(RateLimits limits, Bucket general, Bucket replay, Scheduler scheduler) {
		this.limits = requireArgument(limits, "limits");
		this.general = new TokenBudget(requireArgument(general, "general"));
		this.replay = new TokenBudget(requireArgument(replay, "replay"));
		this.scheduler = requireArgument(scheduler, "scheduler");
		this.maxWaitNanos = saturatedNanos(limits.maxWait());
	}

	/**
	 * Creates a limiter with buckets of its own, timed by the system clock and waiting on
	 * {@link Schedulers#parallel()}.
	 * @param limits the limits
	 * @return the limiter
	 */
	public static BucketRateLimiter create(RateLimits limits) {
		return create(limits, TimeMeter.SYSTEM_NANOTIME, Schedulers.parallel());
	}

	/**
	 * Creates a limiter with buckets of its own, timed by the given clock and waiting on the given scheduler; tests
	 * pass a manual clock and a virtual-time scheduler that agree with each other.
	 * @param limits the limits
	 * @param timeMeter the clock the buckets refill by
	 * @param scheduler where waits are timed
	 * @return the limiter
	 */
	public static BucketRateLimiter create(RateLimits limits, TimeMeter timeMeter, Scheduler scheduler) {
		requireArgument(limits, "limits");
		requireArgument(timeMeter, "timeMeter");
		return new BucketRateLimiter(limits, bucket(limits.requests(), limits.period(), timeMeter),
				bucket(limits.replayRequests(), limits.replayPeriod(), timeMeter), scheduler);
	}

	/**
	 * Returns the limits this limiter applies.
	 * @return the limits
	 */
	public RateLimits limits() {
		return this.limits;
	}

	/**
	 * Reserves a turn for a request of the given kind when subscribed to, and completes when the turn comes.
	 * @param kind what the request draws from
	 * @return a {@code Mono} that completes at the request's turn, or signals {@link RateLimitException} at once when
	 * the turn is further away than max-wait
	 */
	@Override
	public Mono<Void> acquire(RequestKind kind) {
		requireArgument(kind, "kind");
		return Mono.defer(() -> (kind == RequestKind.REPLAY) ? acquireReplay() : acquireGeneral());
	}

	/**
	 * Returns how many tokens a bucket holds right now; for a bucket shared through a store this asks the store.
	 * @param budget the bucket: general or replay
	 * @return the tokens available, negative while calls wait for tokens they reserved ahead
	 */
	@Override
	public OptionalLong availableTokens(RequestKind budget) {
		requireArgument(budget, "budget");
		return OptionalLong.of(((budget == RequestKind.REPLAY) ? this.replay : this.general).available());
	}

	@Override
	public String toString() {
		return "BucketRateLimiter[" + this.limits + "]";
	}

	private Mono<Void> acquireGeneral() {
		long wait = this.general.reserve(this.maxWaitNanos);
		if (wait == TokenBudget.REFUSED) {
			return refused(RequestKind.GENERAL, 0, this.general.estimateWait());
		}
		return waitFor(wait, this.general::giveBack);
	}

	private Mono<Void> acquireReplay() {
		long generalWait = this.general.reserve(this.maxWaitNanos);
		if (generalWait == TokenBudget.REFUSED) {
			return refused(RequestKind.GENERAL, 0, this.general.estimateWait());
		}
		if (generalWait == 0) {
			long replayWait = this.replay.reserve(this.maxWaitNanos);
			if (replayWait == TokenBudget.REFUSED) {
				this.general.giveBack();
				return refused(RequestKind.REPLAY, 0, this.replay.estimateWait());
			}
			return waitFor(replayWait, this::giveBackBoth);
		}
		// A replay token reserved now would be held until the general turn, and a held token lets replays bunch up
		// beyond the API's hard limit once the general queue drains; so the replay token is reserved at the general
		// turn, which also keeps replays in arrival order. The replay queue only grows meanwhile, so a replay that
		// could not make it now is refused now.
		long replayWait = this.replay.estimateWait();
		if (replayWait > this.maxWaitNanos) {
			this.general.giveBack();
			return refused(RequestKind.REPLAY, 0, replayWait);
		}
		return waitFor(generalWait, this.general::giveBack).then(Mono.defer(() -> acquireReplayAfter(generalWait)));
	}

	private Mono<Void> acquireReplayAfter(long waited) {
		long wait = this.replay.reserve(this.maxWaitNanos - waited);
		if (wait == TokenBudget.REFUSED) {
			// The general token's turn has passed and calls behind it keep theirs: given back now, it would let the
			// next caller go right beside them, faster than the general budget refills, so it stays spent.
			return refused(RequestKind.REPLAY, waited, this.replay.estimateWait());
		}
		return waitFor(wait, this::giveBackBoth);
	}

	private void giveBackBoth() {
		this.general.giveBack();
		this.replay.giveBack();
	}

	/**
	 * Completes after the given wait; when the wait ends any other way (cancelled, or the scheduler refused the
	 * timer) nothing will be sent, so the reservation is given back.
	 */
	private Mono<Void> waitFor(long nanos, Runnable giveBack) {
		if (nanos == 0) {
			return Mono.empty();
		}
		return Mono.delay(Duration.ofNanos(nanos), this.scheduler).then().doFinally((signal) -> {
			if (signal != SignalType.ON_COMPLETE) {
				giveBack.run();
			}
		});
	}

	private Mono<Void> refused(RequestKind budget, long waitedNanos, long remainingNanos) {
		String description = (budget == RequestKind.REPLAY)
				? "replay budget: " + this.limits.replayRequests() + " get_replay requests per "
						+ format(saturatedNanos(this.limits.replayPeriod()))
				: "general budget: " + this.limits.requests() + " requests per "
						+ format(saturatedNanos(this.limits.period()));
		String message = "The client's rate limiter would have to wait " + format(waitedNanos + remainingNanos)
				+ ", longer than max-wait " + format(this.maxWaitNanos) + " (" + description
				+ "); the request was not sent";
		return Mono.error(new RateLimitException(message, 0, null, Duration.ofNanos(remainingNanos)));
	}

	/**
	 * Formats nanoseconds as seconds, rounded up to the millisecond: "2 s", "0.5 s".
	 */
	private static String format(long nanos) {
		long millis = (nanos / 1_000_000) + ((nanos % 1_000_000 != 0) ? 1 : 0);
		return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
	}

	private static long saturatedNanos(Duration duration) {
		try {
			return duration.toNanos();
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE;
		}
	}

	private static Bucket bucket(long capacity, Duration period, TimeMeter timeMeter) {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillGreedy(capacity, period))
			.withCustomTimePrecision(timeMeter)
			.build();
	}

	private static <T> T requireArgument(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

}
