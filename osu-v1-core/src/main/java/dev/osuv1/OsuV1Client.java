package dev.osuv1;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import dev.osuv1.model.Beatmap;
import dev.osuv1.model.BeatmapFile;
import dev.osuv1.model.Gamemode;
import dev.osuv1.model.Match;
import dev.osuv1.model.Replay;
import dev.osuv1.model.Score;
import dev.osuv1.model.User;
import dev.osuv1.query.BeatmapFilters;
import dev.osuv1.query.BeatmapQuery;
import dev.osuv1.query.BeatmapScoresQuery;
import dev.osuv1.query.ReplayQuery;
import dev.osuv1.query.UserQuery;
import dev.osuv1.query.UserRef;
import dev.osuv1.query.UserScoresQuery;
import dev.osuv1.ratelimit.RateLimiter;
import dev.osuv1.ratelimit.RequestKind;
import dev.osuv1.replay.OsrFile;
import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reactive client for the whole osu! API v1 (the key-based legacy API). Endpoints answering a JSON array return a
 * {@link Flux}, single lookups a {@link Mono}; "not found" is an empty {@code Mono} or {@code Flux}, never an exception
 * or {@code null}. Every failure is an {@link OsuApiException}. {@link #blocking()} offers the same calls for code
 * that is not reactive.
 *
 * <p>Every request asks the {@link RateLimiter} first. Identical calls made while one is under way share its request
 * (see {@link Builder#coalesce(boolean)}), and a {@link ResponseCache} can answer repeated calls without one. The
 * client owns its JSON mapping, so an application's Jackson settings do not change how responses parse, and its own
 * connection pool, which {@link #close()} releases. The API key is added to a request only as it leaves: it never
 * appears in a log line, exception or {@code toString()}.
 *
 * <pre>{@code
 * OsuV1Client client = OsuV1Client.builder().token(apiKey).build();
 * User peppy = client.getUser("peppy").block();
 * }</pre>
 */
public final class OsuV1Client implements AutoCloseable {

	/** The address of the real API. */
	public static final String DEFAULT_BASE_URL = "https://osu.ppy.sh";

	/** How long a whole response may take by default. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	/** How long connecting may take by default. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

	/** The largest body accepted by default, in bytes: replays and 500-row beatmap lists run to several MB. */
	public static final int DEFAULT_MAX_RESPONSE_SIZE = 32 * 1024 * 1024;

	/** What every request accepts, written once: JSON, the text of {@code .osu} files, and anything else. */
	private static final String ACCEPT = MediaType.toString(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN,
			MediaType.ALL));

	private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	// The request attribute WebClient's observation takes the uri tag of http.client.requests from (WebClient sets it
	// when a request is built from a URI template). Requests are built from a complete URI, encoded here, and named
	// by their path template, so the tag is never a query and takes one value per endpoint.
	private static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

	private final Builder settings;

	private final WebClient webClient;

	private final ConnectionProvider connections;

	private final PoolMetrics poolMetrics = new PoolMetrics();

	private final ResponseTimer timer = ResponseTimer.open();

	private final RetrySchedule retry;

	private final Listeners listeners;

	private final boolean listening;

	private final boolean limited;

	private final SharedCalls sharedCalls = new SharedCalls();

	private final ResponseDecoder decoder;

	private final ObjectReader userReader;

	private final UserRows userRows;

	private final ObjectReader beatmapReader;

	private final BeatmapRows beatmapRows;

	private final ObjectReader scoreReader;

	private final ScoreRows scoreRows;

	private final AtomicBoolean closed = new AtomicBoolean();

	private OsuV1Client(Builder settings) {
		this.settings = settings;
		this.connections = ConnectionProvider.builder("osu-v1")
			.maxConnections(64)
			.maxIdleTime(Duration.ofSeconds(30))
			.metrics(true, () -> this.poolMetrics)
			.build();
		ApiKeyHandler apiKey = new ApiKeyHandler(settings.token);
		HttpClient httpClient = HttpClient.create(this.connections)
			.compress(true)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout.toMillis())
			.doOnChannelInit((observer, channel, address) -> channel.pipeline().addLast(ApiKeyHandler.NAME, apiKey));
		// event loops, native transport and resolver now, not on the first call (a bot's first answer); it runs on
		// this thread and never blocks, so building a client on an event loop stays allowed
		httpClient.warmup().onErrorComplete().subscribe();
		WebClient.Builder webClientBuilder = (settings.webClientBuilder != null) ? settings.webClientBuilder.clone()
				: WebClient.builder();
		this.webClient = webClientBuilder.clientConnector(new ReactorClientHttpConnector(httpClient))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(settings.maxResponseSize))
			.build();
		this.retry = new RetrySchedule(settings.retryPolicy, Schedulers.parallel());
		this.listeners = new Listeners(settings.listeners);
		this.listening = !settings.listeners.isEmpty();
		this.limited = settings.rateLimiter != Builder.UNLIMITED;
		JsonMapper mapper = WireJson.createMapper();
		this.decoder = new ResponseDecoder(mapper);
		this.userReader = mapper.readerForListOf(User.class);
		this.userRows = new UserRows();
		this.beatmapReader = mapper.readerForListOf(Beatmap.class);
		this.beatmapRows = new BeatmapRows();
		this.scoreReader = mapper.readerForListOf(Score.class);
		this.scoreRows = new ScoreRows();
	}

	/**
	 * Returns a builder for a client.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns a builder holding this client's settings, to make a changed copy; the copy has its own connections.
	 * @return a new builder
	 */
	public Builder mutate() {
		return new Builder(this.settings);
	}

	/**
	 * Returns the same calls, blocking and returning {@code Optional}s and {@code List}s. Do not call them on a Reactor
	 * event-loop thread.
	 * @return the blocking view of this client
	 */
	public OsuV1BlockingClient blocking() {
		return new OsuV1BlockingClient(this);
	}

	/**
	 * Returns the address requests go to.
	 * @return the base URL, without a trailing slash
	 */
	public String getBaseUrl() {
		return this.settings.baseUrl;
	}

	/**
	 * Returns how long a whole response may take, per attempt.
	 * @return the timeout
	 */
	public Duration getTimeout() {
		return this.settings.timeout;
	}

	/**
	 * Returns how long opening a connection may take.
	 * @return the connect timeout
	 */
	public Duration getConnectTimeout() {
		return this.settings.connectTimeout;
	}

	/**
	 * Returns the largest response body accepted.
	 * @return the size in bytes
	 */
	public int getMaxResponseSize() {
		return this.settings.maxResponseSize;
	}

	/**
	 * Returns the rate limiter every request asks first.
	 * @return the limiter
	 */
	public RateLimiter getRateLimiter() {
		return this.settings.rateLimiter;
	}

	/**
	 * Returns how failed calls are retried.
	 * @return the retry policy
	 */
	public RetryPolicy getRetryPolicy() {
		return this.settings.retryPolicy;
	}

	/**
	 * Returns whether identical calls made while one is under way share its request.
	 * @return whether calls are coalesced
	 */
	public boolean isCoalescing() {
		return this.settings.coalesce;
	}

	/**
	 * Returns the cache that answers repeated calls.
	 * @return the cache, or {@code null} when there is none
	 */
	public @Nullable ResponseCache getResponseCache() {
		return this.settings.responseCache;
	}

	/**
	 * Returns a user's profile and statistics in one mode (get_user).
	 * @param query the user, mode and event days
	 * @return the user, or empty when the user does not exist or is restricted
	 */
	public Mono<User> getUser(UserQuery query) {
		ApiRequest request = ApiRequest.to(Endpoint.GET_USER)
			.user(query.user())
			.param("m", query.mode().id())
			.param("event_days", query.eventDays());
		return first(request, this.userReader, this.userRows);
	}

	/**
	 * Returns the user with the given name, in osu! mode.
	 * @param username the user name
	 * @return the user, or empty
	 */
	public Mono<User> getUser(String username) {
		return getUser(UserQuery.of(username));
	}

	/**
	 * Returns the user with the given id, in osu! mode.
	 * @param userId the user id
	 * @return the user, or empty
	 */
	public Mono<User> getUser(long userId) {
		return getUser(UserQuery.of(userId));
	}

	/**
	 * Returns a user's plays of the last 24 hours, newest first, failed ones included (get_user_recent).
	 * @param query the user, mode and limit (at most 50)
	 * @return the scores; empty when there are none or the user does not exist
	 * @throws IllegalArgumentException when the limit is over 50
	 */
	public Flux<Score> getUserRecents(UserScoresQuery query) {
		if (query.limit() != null && query.limit() > UserScoresQuery.MAX_RECENTS) {
			throw new IllegalArgumentException("limit must be between 1 and " + UserScoresQuery.MAX_RECENTS
					+ " for recent scores, but was " + query.limit());
		}
		return scores(userScores(Endpoint.GET_USER_RECENT, query), query.mode(), null);
	}

	/**
	 * Returns the recent plays of the user with the given name, in osu! mode.
	 * @param username the user name
	 * @return the scores
	 */
	public Flux<Score> getUserRecents(String username) {
		return getUserRecents(UserScoresQuery.of(username));
	}

	/**
	 * Returns the recent plays of the user with the given id, in osu! mode.
	 * @param userId the user id
	 * @return the scores
	 */
	public Flux<Score> getUserRecents(long userId) {
		return getUserRecents(UserScoresQuery.of(userId));
	}

	/**
	 * Returns a user's best scores, by pp (get_user_best).
	 * @param query the user, mode and limit (at most 100)
	 * @return the scores; empty when the user does not exist
	 */
	public Flux<Score> getUserBests(UserScoresQuery query) {
		return scores(userScores(Endpoint.GET_USER_BEST, query), query.mode(), null);
	}

	/**
	 * Returns the best scores of the user with the given name, in osu! mode.
	 * @param username the user name
	 * @return the scores
	 */
	public Flux<Score> getUserBests(String username) {
		return getUserBests(UserScoresQuery.of(username));
	}

	/**
	 * Returns the best scores of the user with the given id, in osu! mode.
	 * @param userId the user id
	 * @return the scores
	 */
	public Flux<Score> getUserBests(long userId) {
		return getUserBests(UserScoresQuery.of(userId));
	}

	/**
	 * Returns beatmap difficulties (get_beatmaps).
	 * @param query the filters
	 * @return one element per difficulty; empty when nothing matches
	 */
	public Flux<Beatmap> getBeatmaps(BeatmapQuery query) {
		ApiRequest request = ApiRequest.to(Endpoint.GET_BEATMAPS)
			.param("b", query.beatmapId())
			.param("s", query.beatmapsetId())
			.param("since", (query.since() != null) ? SINCE.format(query.since()) : null)
			.param("h", query.hash())
			.user(query.user())
			.param("m", (query.mode() != null) ? query.mode().id() : null)
			.param("a", query.converts() ? 1 : null)
			.param("mods", (query.mods() != null) ? query.mods().bits() : null)
			.param("limit", query.limit());
		return list(request, this.beatmapReader, this.beatmapRows);
	}

	/**
	 * Returns every ranked, approved, qualified and loved beatmap difficulty whose {@code approved_date} is at or after
	 * the given instant, in every mode, oldest first, paging through get_beatmaps 500 maps at a time.
	 * @param since the earliest {@code approved_date} (the API's dates are whole seconds, UTC)
	 * @return the difficulties, each once
	 * @see #getBeatmapsSince(Instant, BeatmapFilters)
	 */
	public Flux<Beatmap> getBeatmapsSince(Instant since) {
		return getBeatmapsSince(since, BeatmapFilters.none());
	}

	/**
	 * Returns every ranked, approved, qualified and loved beatmap difficulty whose {@code approved_date} is at or after
	 * the given instant, oldest first, paging through get_beatmaps with {@code since}.
	 *
	 * <p>Each page asks for the maps from the newest {@code approved_date} of the page before, one second early, so
	 * that maps sharing that second are not lost whether the API reads {@code since} as inclusive or not (maps loved
	 * in one batch share it, osu-api#286); the maps already returned are left out, so each difficulty comes once. A
	 * page is requested only when the subscriber asks for more than the pages before held, each request goes through
	 * the rate limiter like any other, and the walk ends with the first page that is not full.
	 * @param since the earliest {@code approved_date} (the API's dates are whole seconds, UTC)
	 * @param filters the mode, converts, mods and page size; {@link BeatmapFilters#none()} for every map
	 * @return the difficulties, each once; the walk fails with an {@link OsuApiException} if a whole page shares one
	 * {@code approved_date} second, which paging by date cannot get past
	 */
	public Flux<Beatmap> getBeatmapsSince(Instant since, BeatmapFilters filters) {
		if (since == null) {
			throw new IllegalArgumentException("since must not be null");
		}
		if (filters == null) {
			throw new IllegalArgumentException("filters must not be null");
		}
		return new SincePages(since, filters, this::getBeatmaps).beatmaps();
	}

	/**
	 * Returns the top scores on a beatmap (get_scores), each with the beatmap id and mode of the request.
	 * @param query the beatmap, mode, mods, user and limit
	 * @return the scores, best first; empty when there are none
	 */
	public Flux<Score> getBeatmapScores(BeatmapScoresQuery query) {
		ApiRequest request = ApiRequest.to(Endpoint.GET_SCORES)
			.param("b", query.beatmapId())
			.user(query.user())
			.param("m", query.mode().id())
			.param("mods", (query.mods() != null) ? query.mods().bits() : null)
			.param("limit", query.limit());
		return scores(request, query.mode(), query.beatmapId());
	}

	/**
	 * Returns the top osu! scores on a beatmap.
	 * @param beatmapId the beatmap
	 * @return the scores
	 */
	public Flux<Score> getBeatmapScores(long beatmapId) {
		return getBeatmapScores(BeatmapScoresQuery.of(beatmapId));
	}

	/**
	 * Returns a multiplayer match of osu!stable (get_match).
	 * @param matchId the match id
	 * @return the match, or empty when it does not exist or is private
	 * @throws IllegalArgumentException when the id is not positive
	 */
	public Mono<Match> getMatch(long matchId) {
		if (matchId <= 0) {
			throw new IllegalArgumentException("matchId must be a positive id, but was " + matchId);
		}
		return send(ApiRequest.to(Endpoint.GET_MATCH).param("mp", matchId), this.decoder::match);
	}

	/**
	 * Returns a score's replay data (get_replay). The API allows 10 of these requests a minute.
	 * @param query a score id, or a beatmap and a user; mode and mods
	 * @return the replay, or empty when none is available
	 */
	public Mono<Replay> getReplay(ReplayQuery query) {
		ApiRequest request = ApiRequest.to(Endpoint.GET_REPLAY)
			.param("s", query.scoreId())
			.param("b", query.beatmapId())
			.user(query.user())
			.param("m", query.mode().id())
			.param("mods", (query.mods() != null) ? query.mods().bits() : null);
		return send(request, this.decoder::replay);
	}

	/**
	 * Builds the complete {@code .osr} file of a user's score on a beatmap, which osu! can open (get_replay alone gives
	 * only the frame data). It finds the score with get_scores ({@code b}, {@code u}, {@code m} and the query's
	 * {@code mods}; with the query's score id, the score with that id), then continues as
	 * {@link #getReplayFile(Score)}.
	 * @param query a beatmap id and a user, the mode, and optionally mods and the score id
	 * @return the file, or empty when the score, its beatmap or its replay is not available
	 * @throws IllegalArgumentException when the query has no beatmap id or no user: v1 cannot look a score up by its
	 * id alone
	 */
	public Mono<OsrFile> getReplayFile(ReplayQuery query) {
		if (query.beatmapId() == null || query.user() == null) {
			throw new IllegalArgumentException("a replay file needs the beatmap id and the user: the API cannot look "
					+ "a score up by its id alone");
		}
		Long scoreId = query.scoreId();
		BeatmapScoresQuery scores = new BeatmapScoresQuery(query.beatmapId(), query.mode(), query.mods(), query.user(),
				null);
		return getBeatmapScores(scores).filter((score) -> scoreId == null || scoreId.equals(score.scoreId()))
			.next()
			.flatMap(this::getReplayFile);
	}

	/**
	 * Builds the complete {@code .osr} file of a score from get_scores, get_user_best or get_user_recent, the way the
	 * osu! website builds its downloads (see {@link OsrFile#of(Replay, Score, String, String)}). It fetches what the
	 * score row lacks: the beatmap's {@code file_md5} (get_beatmaps), the player's current name when the row has none
	 * (get_user; get_scores rows have it), and last, once the rest was found, the replay by score id (get_replay,
	 * limited by the API to 10 requests a minute).
	 * @param score the score
	 * @return the file, or empty when the score has no stored replay (no score id, or {@code replay_available} 0, and
	 * then nothing is sent), or when its beatmap, its player or its replay is not available
	 * @throws IllegalArgumentException when the score's mode is unknown
	 */
	public Mono<OsrFile> getReplayFile(Score score) {
		Long scoreId = score.scoreId();
		if (scoreId == null || Boolean.FALSE.equals(score.replayAvailable())) {
			return Mono.empty();
		}
		ReplayQuery replayQuery = ReplayQuery.ofScore(scoreId).withMode(score.mode());
		Mono<String> beatmapMd5 = getBeatmaps(BeatmapQuery.byBeatmapId(score.beatmapId())).next()
			.map(Beatmap::fileMd5)
			.filter((md5) -> !md5.isEmpty());
		Mono<String> playerName = (score.username() != null) ? Mono.just(score.username())
				: getUser(new UserQuery(UserRef.id(score.userId()), score.mode(), null)).map(User::username);
		return Mono.zip(beatmapMd5, playerName)
			.flatMap((found) -> getReplay(replayQuery)
				.map((replay) -> OsrFile.of(replay, score, found.getT1(), found.getT2())));
	}

	/**
	 * Returns a beatmap's {@code .osu} file, byte for byte ({@code /osu/{id}}; sent without the key).
	 * @param beatmapId the beatmap
	 * @return the file, or empty when the server has none (it answers an empty body)
	 * @throws IllegalArgumentException when the id is not positive
	 */
	public Mono<BeatmapFile> getBeatmapOsu(long beatmapId) {
		if (beatmapId <= 0) {
			throw new IllegalArgumentException("beatmapId must be a positive id, but was " + beatmapId);
		}
		return send(ApiRequest.beatmapFile(beatmapId), (response) -> this.decoder.beatmapFile(beatmapId, response));
	}

	/**
	 * Releases the connections this client opened. Calls made after closing fail; closing twice does nothing.
	 */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.connections.dispose();
			this.timer.close();
		}
	}

	/**
	 * Returns whether {@link #close()} was called.
	 * @return whether the client is closed
	 */
	public boolean isClosed() {
		return this.closed.get();
	}

	/** The connections in use right now; 0 once every call has ended. */
	int connectionsInUse() {
		return this.poolMetrics.acquired() + this.poolMetrics.pendingAcquires();
	}

	@Override
	public String toString() {
		return "OsuV1Client[baseUrl=" + this.settings.baseUrl + ", token=(hidden)]";
	}

	private ApiRequest userScores(Endpoint endpoint, UserScoresQuery query) {
		return ApiRequest.to(endpoint).user(query.user()).param("m", query.mode().id()).param("limit", query.limit());
	}

	private Flux<Score> scores(ApiRequest request, Gamemode mode, @Nullable Long beatmapId) {
		InjectableValues.Std context = new InjectableValues.Std().addValue("mode", mode);
		if (beatmapId != null) {
			context.addValue("beatmapId", beatmapId);
		}
		// the fast decoder takes what the binding injects as arguments
		return list(request, this.scoreReader.with(context), (body) -> this.scoreRows.read(body, mode, beatmapId));
	}

	/** The first row of an array answer, or empty: {@code list(...).next()} without a per-call queue and drain loop. */
	private <T> Mono<T> first(ApiRequest request, ObjectReader reader, ResponseDecoder.@Nullable FastRows<T> fastRows) {
		return send(request, (response) -> {
			List<T> rows = this.decoder.list(request.endpoint(), response, reader, fastRows);
			return rows.isEmpty() ? null : rows.get(0);
		});
	}

	private <T> Flux<T> list(ApiRequest request, ObjectReader reader) {
		return list(request, reader, null);
	}

	/** Rows decoded by {@code fastRows} when it reads the body, else by the reader. */
	private <T> Flux<T> list(ApiRequest request, ObjectReader reader, ResponseDecoder.@Nullable FastRows<T> fastRows) {
		return this.<List<T>>send(request,
				(response) -> this.decoder.list(request.endpoint(), response, reader, fastRows))
			.flatMapIterable(Function.identity());
	}

	/**
	 * Answers a call from the cache when it holds an answer, else sends its request, or joins an identical one under
	 * way.
	 */
	private <T> Mono<T> send(ApiRequest request, Function<RawResponse, @Nullable T> decode) {
		if (this.closed.get()) {
			return Mono.error(new IllegalStateException("this OsuV1Client is closed"));
		}
		String endpoint = request.endpoint().apiName();
		ResponseCache cache = this.settings.responseCache;
		Duration timeToLive = (cache != null) ? cache.timeToLive(endpoint) : Duration.ZERO;
		boolean cached = cache != null && !timeToLive.isNegative() && !timeToLive.isZero();
		ResponseCache store = cached ? cache : null;
		Mono<T> call = (this.settings.coalesce)
				? this.sharedCalls.share(request.key(), () -> exchange(request, decode, store, timeToLive),
						() -> this.listeners.coalesced(endpoint))
				: exchange(request, decode, store, timeToLive);
		if (!cached) {
			return call;
		}
		return cache.get(request.key())
			.onErrorResume((ex) -> Mono.empty())
			.filter((response) -> !response.isExpired(Instant.now()))
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((hit) -> {
				if (hit.isEmpty()) {
					this.listeners.cacheMissed(endpoint);
					return call;
				}
				this.listeners.cacheHit(endpoint);
				return Mono.fromSupplier(() -> decode.apply(hit.get().toRawResponse()));
			});
	}

	/**
	 * Sends a request and decodes its response, each attempt asking the rate limiter first; failures that may pass
	 * are retried whole, decoding included, since an HTML page or a truncated body only shows there. An answer that
	 * could be read is stored in the cache, if any. Operators for what is switched off (the limiter, retries,
	 * listeners, the cache) are left out of the chain: each costs time on every call, most of all in a fresh process.
	 */
	private <T> Mono<T> exchange(ApiRequest request, Function<RawResponse, @Nullable T> decode,
			@Nullable ResponseCache cache, Duration timeToLive) {
		Endpoint endpoint = request.endpoint();
		URI uri = request.uri(this.settings.baseUrl);
		Mono<RawResponse> attempt = (this.limited || this.listening)
				// built when the limiter lets the call go: a call waiting for its turn holds only its address
				? acquire(endpoint.kind()).then(Mono.defer(() -> withTimeout(request(uri, request))))
				: withTimeout(request(uri, request));
		Mono<RawResponse> sent = attempt.onErrorMap((ex) -> !(ex instanceof OsuApiException),
				(ex) -> failure(request, ex));
		if (cache == null) {
			return withRetries(endpoint, sent.handle((response, sink) -> {
				T value = decoded(endpoint, decode, response);
				if (value != null) {
					sink.next(value);
				}
			}));
		}
		return withRetries(endpoint,
				sent.<Answer<T>>handle((response, sink) -> sink.next(new Answer<>(response,
						decoded(endpoint, decode, response)))))
			.flatMap((answer) -> store(cache, request, answer.response(), timeToLive)
				.then(Mono.justOrEmpty(answer.value())));
	}

	/**
	 * Fails an exchange that has not answered within the timeout. The exchange always answers a response or fails,
	 * so an empty end can only be the timer's. This costs less per call than {@code Mono.timeout}, which names the
	 * whole operator chain through a stream at every subscription and schedules on Reactor's parallel scheduler (see
	 * {@link ResponseTimer}).
	 */
	private Mono<RawResponse> withTimeout(Mono<RawResponse> exchange) {
		return exchange.takeUntilOther(this.timer.after(this.settings.timeout))
			.switchIfEmpty(Mono.error(() -> new TimeoutException("no response within " + this.settings.timeout)));
	}

	private Mono<RawResponse> request(URI uri, ApiRequest request) {
		return this.webClient.get()
			.uri(uri)
			.attribute(URI_TEMPLATE_ATTRIBUTE, request.pathTemplate())
			.header(HttpHeaders.ACCEPT, ACCEPT)
			.exchangeToMono(this::read);
	}

	/** Decodes a response; one that could be read tells the listeners the key was accepted. */
	private <T> @Nullable T decoded(Endpoint endpoint, Function<RawResponse, @Nullable T> decode,
			RawResponse response) {
		T value = decode.apply(response);
		if (this.listening && endpoint.sendsKey()) {
			this.listeners.keyAccepted(endpoint.apiName());
		}
		return value;
	}

	/** Retries a call as the policy says, and tells the listeners of a refused key. */
	private <T> Mono<T> withRetries(Endpoint endpoint, Mono<T> call) {
		Mono<T> retried = this.retry.applyTo(call,
				(failure) -> this.listeners.retrying(endpoint.apiName(), RetryReason.of(failure)));
		return (this.listening)
				? retried.doOnError(InvalidApiKeyException.class,
						(ex) -> this.listeners.keyRejected(endpoint.apiName(), ex))
				: retried;
	}

	/** Waits for the rate limiter, telling the listeners how long that took or that it refused. */
	private Mono<Void> acquire(RequestKind kind) {
		return Mono.defer(() -> {
			long start = System.nanoTime();
			return this.settings.rateLimiter.acquire(kind)
				.doOnSuccess((done) -> this.listeners.limiterWaited(kind, Duration.ofNanos(System.nanoTime() - start)))
				.doOnError(RateLimitException.class, (ex) -> this.listeners.limiterRejected(kind));
		});
	}

	private Mono<Void> store(@Nullable ResponseCache cache, ApiRequest request, RawResponse response,
			Duration timeToLive) {
		if (cache == null) {
			return Mono.empty();
		}
		Instant expiresAt;
		try {
			expiresAt = Instant.now().plus(timeToLive);
		}
		catch (ArithmeticException | DateTimeException ex) {
			expiresAt = Instant.MAX;
		}
		return cache.put(request.key(), CachedResponse.of(response, expiresAt)).onErrorResume((ex) -> Mono.empty());
	}

	private Mono<RawResponse> read(ClientResponse response) {
		HttpHeaders headers = response.headers().asHttpHeaders();
		String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
		String fileName = (headers.containsHeader(HttpHeaders.CONTENT_DISPOSITION))
				? headers.getContentDisposition().getFilename() : null;
		Duration retryAfter = retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER));
		int status = response.statusCode().value();
		return response.bodyToMono(byte[].class)
			.defaultIfEmpty(new byte[0])
			.map((body) -> new RawResponse(status, contentType, fileName, retryAfter, body));
	}

	private OsuApiException failure(ApiRequest request, Throwable ex) {
		String endpoint = request.endpoint().apiName();
		if (ex instanceof TimeoutException) {
			return new RequestTimeoutException(endpoint + ": no response within " + this.settings.timeout, ex);
		}
		if (ex instanceof DataBufferLimitException) {
			return new DecodingException(endpoint + ": the response is larger than " + this.settings.maxResponseSize
					+ " bytes", 0, null);
		}
		Throwable cause = (ex instanceof WebClientRequestException && ex.getCause() != null) ? ex.getCause() : ex;
		if (cause instanceof ConnectTimeoutException) {
			return new RequestTimeoutException(endpoint + ": could not connect within " + this.settings.connectTimeout,
					cause);
		}
		return new ServerException(endpoint + ": the request failed: " + cause, 0, null, cause);
	}

	static @Nullable Duration retryAfter(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Long.parseLong(header.trim()));
		}
		catch (NumberFormatException ex) {
			try {
				Instant at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration wait = Duration.between(Instant.now(), at);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException unreadable) {
				return null;
			}
		}
	}

	/** An answer that could be read, with the response it came from. */
	private record Answer<T>(RawResponse response, @Nullable T value) {
	}

	/**
	 * Builds an {@link OsuV1Client}. Only the token is required.
	 */
	public static final class Builder {

		private @Nullable String token;

		private String baseUrl = DEFAULT_BASE_URL;

		private WebClient.@Nullable Builder webClientBuilder;


		/** The default limiter; one given to {@link #rateLimiter(RateLimiter)} is asked before every request. */
		private static final RateLimiter UNLIMITED = RateLimiter.unlimited();

		private RateLimiter rateLimiter = UNLIMITED;

		private RetryPolicy retryPolicy = RetryPolicy.defaults();

		private Duration timeout = DEFAULT_TIMEOUT;

		private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;

		private int maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;

		private boolean coalesce = true;

		private @Nullable ResponseCache responseCache;

		private final List<ClientListener> listeners = new ArrayList<>();

		private Builder() {
		}

		private Builder(Builder other) {
			this.token = other.token;
			this.baseUrl = other.baseUrl;
			this.webClientBuilder = other.webClientBuilder;
			this.retryPolicy = other.retryPolicy;
			this.rateLimiter = other.rateLimiter;
			this.timeout = other.timeout;
			this.connectTimeout = other.connectTimeout;
			this.maxResponseSize = other.maxResponseSize;
			this.coalesce = other.coalesce;
			this.responseCache = other.responseCache;
			this.listeners.addAll(other.listeners);
		}

		/**
		 * Sets the API key: 40 hexadecimal characters from the osu! account settings ("Legacy API").
		 * @param token the key; not blank and without whitespace
		 * @return this builder
		 */
		public Builder token(String token) {
			if (token == null || token.isBlank()) {
				throw new IllegalArgumentException("token must not be blank");
			}
			if (token.chars().anyMatch(Character::isWhitespace)) {
				throw new IllegalArgumentException("token must not hold whitespace");
			}
			this.token = token;
			return this;
		}

		/**
		 * Sets the address requests go to; private servers that mimic v1 have their own.
		 * @param baseUrl an absolute http or https URL; default {@value OsuV1Client#DEFAULT_BASE_URL}
		 * @return this builder
		 */
		public Builder baseUrl(String baseUrl) {
			if (baseUrl == null || baseUrl.isBlank()) {
				throw new IllegalArgumentException("baseUrl must not be blank");
			}
			String trimmed = baseUrl.trim().replaceAll("/+$", "");
			URI uri;
			try {
				uri = URI.create(trimmed);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("baseUrl must be an absolute http or https URL, but was '"
						+ baseUrl + "'", ex);
			}
			if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
					|| uri.getRawQuery() != null) {
				throw new IllegalArgumentException("baseUrl must be an absolute http or https URL without a query, "
						+ "but was '" + baseUrl + "'");
			}
			this.baseUrl = trimmed;
			return this;
		}

		/**
		 * Sets the {@code WebClient.Builder} to start from, such as Spring Boot's, so that its filters and observation
		 * apply. It is cloned, never changed; its connector is replaced by this client's own Reactor Netty connection
		 * pool, which adds the key as a request leaves and which {@link OsuV1Client#close()} releases.
		 * @param webClientBuilder the builder
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			this.webClientBuilder = requireArgument(webClientBuilder, "webClientBuilder");
			return this;
		}

		/**
		 * Sets the rate limiter every request goes through.
		 * @param rateLimiter the limiter; default {@link RateLimiter#unlimited()}
		 * @return this builder
		 */
		public Builder rateLimiter(RateLimiter rateLimiter) {
			this.rateLimiter = requireArgument(rateLimiter, "rateLimiter");
			return this;
		}

		/**
		 * Sets how calls that failed in a way that may pass are retried.
		 * @param retryPolicy the policy; default {@link RetryPolicy#defaults()}, {@link RetryPolicy#none()} for none
		 * @return this builder
		 */
		public Builder retryPolicy(RetryPolicy retryPolicy) {
			this.retryPolicy = requireArgument(retryPolicy, "retryPolicy");
			return this;
		}

		/**
		 * Sets how long a whole response may take, from sending the request to the last byte of the body.
		 * @param timeout a positive duration; default 10 s
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			this.timeout = requirePositive(timeout, "timeout");
			return this;
		}

		/**
		 * Sets how long opening a connection may take.
		 * @param connectTimeout a positive duration; default 5 s
		 * @return this builder
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = requirePositive(connectTimeout, "connectTimeout");
			return this;
		}

		/**
		 * Sets the largest response body accepted.
		 * @param maxResponseSize bytes, positive; default 32 MB
		 * @return this builder
		 */
		public Builder maxResponseSize(int maxResponseSize) {
			if (maxResponseSize <= 0) {
				throw new IllegalArgumentException("maxResponseSize must be positive, but was " + maxResponseSize);
			}
			this.maxResponseSize = maxResponseSize;
			return this;
		}

		/**
		 * Sets whether identical calls (same endpoint and parameters) made while one is under way share its request:
		 * one HTTP exchange and one rate-limit token, its answer or its failure delivered to every caller. A call made
		 * after the shared one ended sends its own.
		 * @param coalesce whether to share calls; default {@code true}
		 * @return this builder
		 */
		public Builder coalesce(boolean coalesce) {
			this.coalesce = coalesce;
			return this;
		}

		/**
		 * Sets the cache that answers calls repeated within an endpoint's time to live without a request.
		 * @param responseCache the cache; none by default
		 * @return this builder
		 */
		public Builder responseCache(ResponseCache responseCache) {
			this.responseCache = requireArgument(responseCache, "responseCache");
			return this;
		}

		/**
		 * Adds a listener, told what the client's calls do (for metrics and health checks). Listeners are told in the
		 * order they were added.
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder listener(ClientListener listener) {
			this.listeners.add(requireArgument(listener, "listener"));
			return this;
		}

		/**
		 * Builds the client.
		 * @return the client
		 * @throws IllegalStateException when no token was set
		 */
		public OsuV1Client build() {
			if (this.token == null) {
				throw new IllegalStateException("token is required: set the osu! API v1 key");
			}
			return new OsuV1Client(this);
		}

		@Override
		public String toString() {
			return "OsuV1Client.Builder[baseUrl=" + this.baseUrl + ", token=(hidden)]";
		}

		private static <T> T requireArgument(@Nullable T value, String name) {
			if (value == null) {
				throw new IllegalArgumentException(name + " must not be null");
			}
			return value;
		}

		private static Duration requirePositive(@Nullable Duration value, String name) {
			if (value == null || value.isNegative() || value.isZero()) {
				throw new IllegalArgumentException(name + " must be a positive duration, but was " + value);
			}
			return value;
		}

	}

}
