package dev.osuv1;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import dev.osuv1.model.Beatmap;
import dev.osuv1.query.BeatmapFilters;
import dev.osuv1.query.BeatmapQuery;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Operators;

/**
 * Walks get_beatmaps by {@code since}, page after page, to return every map approved since an instant once.
 *
 * <p>get_beatmaps with {@code since} answers at most a page of maps ordered by {@code approved_date}, a date in whole
 * seconds that many maps can share (a loved batch shares one). Whether the API reads {@code since} as inclusive is
 * not documented, and the reports of maps lost when the next page starts at the last page's newest date
 * (osu-api#286) fit an exclusive reading; so each page asks from one second before the newest date seen, which
 * brings that whole second back whichever the reading, and the maps already returned (all those of that second,
 * known by beatmap id) are dropped.
 */
final class SincePages {

	private static final Duration ONE_SECOND = Duration.ofSeconds(1);

	private final Instant since;

	private final BeatmapFilters filters;

	private final Function<BeatmapQuery, Flux<Beatmap>> fetch;

	/**
	 * Creates a walk.
	 * @param since the earliest approved date to return
	 * @param filters the filters and the page size
	 * @param fetch sends one get_beatmaps request
	 */
	SincePages(Instant since, BeatmapFilters filters, Function<BeatmapQuery, Flux<Beatmap>> fetch) {
		this.since = since;
		this.filters = filters;
		this.fetch = fetch;
	}

	/**
	 * Returns the maps; each subscription walks anew. A page is requested only once the subscriber asked for more maps
	 * than the pages before held, and cancelling cancels the page under way.
	 */
	Flux<Beatmap> beatmaps() {
		return Flux.create((sink) -> new Pager(sink, new Walk(ceilingSecond(this.since),
				this.filters.pageSizeOrDefault())).start());
	}

	private static Instant ceilingSecond(Instant instant) {
		Instant second = instant.truncatedTo(ChronoUnit.SECONDS);
		return second.equals(instant) ? second : second.plus(ONE_SECOND);
	}

	/**
	 * Sends one page's request at a time, and only when the subscriber has asked for more maps than were pushed: the
	 * sink buffers what a page brings beyond the demand, and the next page waits until that is asked for and more.
	 * Reactor's prefetching operators (concatMap included) subscribe to the next page as soon as one ends, so the
	 * demand is counted here.
	 */
	private final class Pager {

		private final FluxSink<Beatmap> sink;

		private final Walk walk;

		private final AtomicLong requested = new AtomicLong();

		private final AtomicInteger wip = new AtomicInteger();

		private long pushed;

		private volatile boolean fetching;

		private volatile @Nullable Disposable page;

		Pager(FluxSink<Beatmap> sink, Walk walk) {
			this.sink = sink;
			this.walk = walk;
		}

		void start() {
			this.sink.onDispose(() -> {
				Disposable current = this.page;
				if (current != null) {
					current.dispose();
				}
			});
			this.sink.onRequest((n) -> {
				Pager.this.requested.accumulateAndGet(n, Operators::addCap);
				drain();
			});
		}

		private void drain() {
			if (this.wip.getAndIncrement() != 0) {
				return;
			}
			do {
				if (!this.fetching && !this.sink.isCancelled() && this.requested.get() > this.pushed) {
					this.fetching = true;
					BeatmapQuery query = SincePages.this.filters.toQuery(this.walk.requestSince());
					this.page = SincePages.this.fetch.apply(query)
						.collectList()
						.subscribe(this::onPage, this.sink::error);
				}
			}
			while (this.wip.decrementAndGet() != 0);
		}

		private void onPage(List<Beatmap> page) {
			List<Beatmap> fresh;
			try {
				fresh = this.walk.take(page);
			}
			catch (OsuApiException ex) {
				this.sink.error(ex);
				return;
			}
			for (Beatmap map : fresh) {
				this.sink.next(map);
			}
			this.pushed += fresh.size();
			if (this.walk.isDone()) {
				this.sink.complete();
				return;
			}
			this.fetching = false;
			drain();
		}

	}

	/**
	 * Where a walk is: the earliest approved date still to return and the maps of that second already returned.
	 */
	private static final class Walk {

		private final int pageSize;

		private Instant from;

		private final Map<Long, Instant> returned = new HashMap<>();

		private boolean done;

		Walk(Instant from, int pageSize) {
			this.from = from;
			this.pageSize = pageSize;
		}

		boolean isDone() {
			return this.done;
		}

		Instant requestSince() {
			return this.from.minus(ONE_SECOND);
		}

		/** Takes a page and returns its maps not returned before. */
		List<Beatmap> take(List<Beatmap> page) {
			List<Beatmap> fresh = new ArrayList<>(page.size());
			Instant newest = this.from;
			for (Beatmap map : page) {
				Instant approved = map.approvedDate();
				// null: not ranked or loved, which since does not return; earlier: returned by a page before
				if (approved == null || approved.isBefore(this.from)) {
					continue;
				}
				if (this.returned.putIfAbsent(map.beatmapId(), approved) == null) {
					fresh.add(map);
				}
				if (approved.isAfter(newest)) {
					newest = approved;
				}
			}
			if (page.size() < this.pageSize) {
				this.done = true;
				return fresh;
			}
			if (fresh.isEmpty()) {
				throw new OsuApiException("get_beatmaps: a whole page of " + this.pageSize + " maps has approved_date "
						+ this.from + " or the second before; paging by since cannot get past them", 200, null, null);
			}
			Instant next = newest;
			this.from = next;
			this.returned.values().removeIf((approved) -> approved.isBefore(next));
			return fresh;
		}

	}

}
