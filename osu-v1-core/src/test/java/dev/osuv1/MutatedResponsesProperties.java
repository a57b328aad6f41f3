package dev.osuv1;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.osuv1.model.Beatmap;
import dev.osuv1.model.BeatmapFile;
import dev.osuv1.model.Match;
import dev.osuv1.model.Replay;
import dev.osuv1.model.Score;
import dev.osuv1.model.User;
import dev.osuv1.query.BeatmapQuery;
import dev.osuv1.query.BeatmapScoresQuery;
import dev.osuv1.query.ReplayQuery;
import dev.osuv1.query.UserRef;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-shaped bodies that this project wrote itself ({@code src/test/resources/dev/osuv1}) are broken at random: cut
 * short, bytes deleted, inserted or replaced, values swapped for {@code null}, numbers, objects, arrays or words,
 * fields dropped, bodies wrapped in error objects or swapped for another endpoint's, sent with any of the statuses and
 * content types the API and Cloudflare produce. Whatever arrives, the client either returns values that keep the
 * models' null contract or fails with an {@link OsuApiException}; it never leaks another exception or hangs.
 */
class MutatedResponsesProperties {

	private static final int TRIES = 250;

	private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

	/** Generous, so that a loaded machine does not make a local answer time out. */
	private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(5);

	/** Longer than the client's own timeout: reaching it means the client hung. */
	private static final Duration BLOCK_TIMEOUT = Duration.ofSeconds(15);

	private static final JsonMapper PLAIN_JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final byte[] INTERESTING_BYTES = "{}[]\",:0-9.eEn \\\t\r\n".getBytes(StandardCharsets.US_ASCII);

	private static WireMockServer server;

	private static OsuV1Client client;

	@BeforeContainer
	static void startServer() {
		server = new WireMockServer(options().dynamicPort());
		server.start();
		// one request per try: which failures are retried is FaultMatrixTests' subject
		client = OsuV1Client.builder()
			.token(TOKEN)
			.baseUrl(server.baseUrl())
			.timeout(CLIENT_TIMEOUT)
			.retryPolicy(RetryPolicy.none())
			.build();
		// the first exchange of a fresh JVM is slow (class loading, JIT): keep it out of the measured tries
		serve(Body.USER.bytes(), new Reply(200, RecordedFixtures.JSON_CONTENT_TYPE, null, null));
		client.getUser("Example Player").block(BLOCK_TIMEOUT);
	}

	@AfterContainer
	static void stopServer() {
		if (client != null) {
			client.close();
		}
		if (server != null) {
			server.stop();
		}
	}

	@Property(tries = TRIES)
	void mutatedUsersGiveAUserOrATypedFailure(@ForAll("mutations") List<Mutation> mutations,
			@ForAll("replies") Reply reply) {
		exchange(Call.GET_USER, Body.USER, mutations, reply);
	}

	@Property(tries = TRIES)
	void mutatedBeatmapsGiveBeatmapsOrATypedFailure(@ForAll("mutations") List<Mutation> mutations,
			@ForAll("replies") Reply reply) {
		exchange(Call.GET_BEATMAPS, Body.BEATMAP, mutations, reply);
	}

	@Property(tries = TRIES)
	void mutatedScoresGiveScoresOrATypedFailure(@ForAll("scoreCalls") Call call,
			@ForAll("mutations") List<Mutation> mutations, @ForAll("replies") Reply reply) {
		exchange(call, Body.SCORE, mutations, reply);
	}

	@Property(tries = TRIES)
	void mutatedMatchesGiveAMatchOrATypedFailure(@ForAll("mutations") List<Mutation> mutations,
			@ForAll("replies") Reply reply) {
		exchange(Call.GET_MATCH, Body.MATCH, mutations, reply);
	}

	@Property(tries = TRIES)
	void mutatedReplaysGiveAReplayOrATypedFailure(@ForAll("mutations") List<Mutation> mutations,
			@ForAll("replies") Reply reply) {
		exchange(Call.GET_REPLAY, Body.REPLAY, mutations, reply);
	}

	@Property(tries = TRIES)
	void mutatedBeatmapFilesGiveTheFileOrATypedFailure(@ForAll("mutations") List<Mutation> mutations,
			@ForAll("replies") Reply reply) {
		exchange(Call.GET_BEATMAP_OSU, Body.BEATMAP_FILE, mutations, reply);
	}

	@Example
	void unchangedBodiesDecodeToValues() {
		Reply ok = new Reply(200, RecordedFixtures.JSON_CONTENT_TYPE, null, null);
		Map<Call, Body> bodies = Map.of(Call.GET_USER, Body.USER, Call.GET_BEATMAPS, Body.BEATMAP, Call.GET_SCORES,
				Body.SCORE, Call.GET_USER_BEST, Body.SCORE, Call.GET_USER_RECENT, Body.SCORE, Call.GET_MATCH,
				Body.MATCH, Call.GET_REPLAY, Body.REPLAY, Call.GET_BEATMAP_OSU, Body.BEATMAP_FILE);
		assertThat(bodies).hasSize(Call.values().length);
		bodies.forEach((call, body) -> {
			serve(body.bytes(), ok);
			List<Object> values = call.send(client).collectList().block(BLOCK_TIMEOUT);
			assertThat(values).as("values of %s", call).isNotEmpty().allSatisfy((value) -> {
				assertThat(value).isInstanceOf(call.type);
				assertNullContract(value, call.type.getSimpleName());
			});
		});
		serve(Body.USER.bytes(), ok);
		User user = client.getUser("Example Player").block(BLOCK_TIMEOUT);
		assertThat(user).isNotNull();
		assertThat(user.rankedScore()).isEqualTo(9876543210L);
		assertThat(user.events()).singleElement().satisfies((event) -> assertThat(event.displayHtml())
			.contains("<a href='/b/7654321?m=0'>"));
		serve(Body.REPLAY.bytes(), ok);
		Replay replay = client.getReplay(ReplayQuery.ofScore(4567890123L)).block(BLOCK_TIMEOUT);
		assertThat(replay).isNotNull();
		assertThat(replay.data()).startsWith(0x5D, 0x00, 0x00, 0x20, 0x00);
	}

	@Example
	void aServerThatNeverAnswersIsATimeoutNotAHang() {
		Duration timeout = Duration.ofMillis(500);
		server.resetAll();
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withBody(Body.USER.bytes())
			.withFixedDelay((int) timeout.toMillis() * 3)));
		try (OsuV1Client impatient = client.mutate().timeout(timeout).build()) {
			long start = System.nanoTime();
			Throwable failure = catchFailure(() -> impatient.getUser("Example Player").block(BLOCK_TIMEOUT));
			assertThat(failure).isInstanceOf(ServerException.class).hasMessageContaining("no response within");
			assertThat(((ServerException) failure).getStatus()).isZero();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BLOCK_TIMEOUT);
		}
	}

	// --- one try

	private static void exchange(Call call, Body body, List<Mutation> mutations, Reply reply) {
		// a property that only ever saw failures (or only values) would prove little
		Statistics.label("outcome").coverage((checker) -> {
			checker.check("value").percentage((percent) -> percent >= 3.0);
			checker.check(ServerException.class.getSimpleName()).percentage((percent) -> percent >= 10.0);
		});
		byte[] sent = body.bytes();
		for (Mutation mutation : mutations) {
			sent = mutation.apply(sent);
		}
		serve(sent, reply);
		String described = describe(sent, reply);
		List<Object> values;
		try {
			values = call.send(client).collectList().block(BLOCK_TIMEOUT);
		}
		catch (OsuApiException ex) {
			assertTypedFailure(ex, sent, reply, described);
			Statistics.label("outcome").collect(ex.getClass().getSimpleName());
			return;
		}
		catch (AssertionError ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new AssertionError("the client leaked " + ex + " (not an OsuApiException) for " + described, ex);
		}
		assertThat(values).as("values for %s", described).isNotNull();
		assertValues(call, values, sent, reply, described);
		Statistics.label("outcome").collect(values.isEmpty() ? "empty" : "value");
	}

	private static void serve(byte[] body, Reply reply) {
		server.resetAll();
		ResponseDefinitionBuilder response = aResponse();
		if (reply.fault() != null) {
			response.withFault(reply.fault());
		}
		else {
			response.withStatus(reply.status()).withBody(body);
			if (reply.contentType() != null) {
				response.withHeader("Content-Type", reply.contentType());
			}
			if (reply.retryAfter() != null) {
				response.withHeader("Retry-After", reply.retryAfter());
			}
		}
		server.stubFor(any(anyUrl()).willReturn(response));
	}

	private static void assertTypedFailure(OsuApiException ex, byte[] sent, Reply reply, String described) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			assertThat(String.valueOf(cause.getMessage())).as("message of %s for %s", cause, described)
				.doesNotContain(TOKEN);
		}
		assertThat(ex.getMessage()).as("message for %s", described).isNotBlank();
		if (reply.fault() != null) {
			assertThat(ex).as("failure for %s", described).isInstanceOf(ServerException.class);
			return;
		}
		assertThat(ex.getStatus()).as("status of %s for %s", ex, described).isEqualTo(reply.status());
		if (apiError(sent) == null) {
			switch (reply.status()) {
				case 401 -> assertThat(ex).as("failure for %s", described).isInstanceOf(InvalidApiKeyException.class);
				case 429 -> assertThat(ex).as("failure for %s", described).isInstanceOf(RateLimitException.class);
				case 500, 503 -> assertThat(ex).as("failure for %s", described).isInstanceOf(ServerException.class);
				default -> {
				}
			}
		}
	}

	private static void assertValues(Call call, List<Object> values, byte[] sent, Reply reply, String described) {
		assertThat(reply.fault()).as("a value after a broken connection for %s", described).isNull();
		if (reply.status() >= 300) {
			// the one "not found" answer that is an error object: a replay that does not exist
			assertThat(values).as("values despite HTTP %d for %s", reply.status(), described).isEmpty();
			JsonNode error = apiError(sent);
			assertThat(error).as("the error of %s", described).isNotNull();
			assertThat(error.isString() ? error.stringValue() : null).isEqualTo("Replay not available.");
		}
		for (Object value : values) {
			assertThat(value).as("value for %s", described).isInstanceOf(call.type);
			assertNullContract(value, call.type.getSimpleName());
			if (value instanceof Score score) {
				assertThat(score.accuracy()).isFinite();
				assertThat(score.computedRank()).isNotNull();
			}
			else if (value instanceof BeatmapFile file) {
				assertThat(file.md5()).hasSize(32);
				assertThat(file.content()).isNotEmpty();
			}
		}
	}

	/**
	 * Checks that every record component the models do not mark {@code @Nullable} holds a value, down through nested
	 * records and lists.
	 */
	private static void assertNullContract(Object value, String path) {
		Class<?> type = value.getClass();
		if (!type.isRecord()) {
			return;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			Object field = read(component, value);
			String fieldPath = path + "." + component.getName();
			if (field == null) {
				assertThat(component.getAnnotatedType().isAnnotationPresent(Nullable.class))
					.as("%s is null but not @Nullable", fieldPath)
					.isTrue();
			}
			else if (field instanceof List<?> list) {
				for (int i = 0; i < list.size(); i++) {
					assertThat(list.get(i)).as("%s[%d]", fieldPath, i).isNotNull();
					assertNullContract(list.get(i), fieldPath + "[" + i + "]");
				}
			}
			else {
				assertNullContract(field, fieldPath);
			}
		}
	}

	private static @Nullable Object read(RecordComponent component, Object record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The top-level {@code error} member of a JSON object body, if it has one. */
	private static @Nullable JsonNode apiError(byte[] body) {
		JsonNode root = readJson(body);
		return (root != null && root.isObject()) ? root.get("error") : null;
	}

	private static @Nullable JsonNode readJson(byte[] body) {
		try {
			JsonNode root = PLAIN_JSON.readTree(body);
			return (root == null || root.isMissingNode()) ? null : root;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String describe(byte[] body, Reply reply) {
		String text = new String(body, StandardCharsets.UTF_8);
		String shown = (text.length() > 600) ? text.substring(0, 600) + "...(" + body.length + " bytes)" : text;
		return reply + " with body <" + shown + ">";
	}

	private static Throwable catchFailure(Runnable call) {
		try {
			call.run();
		}
		catch (Throwable ex) {
			return ex;
		}
		throw new AssertionError("expected a failure");
	}

	// --- what jqwik generates

	@Provide
	Arbitrary<Call> scoreCalls() {
		return Arbitraries.of(Call.GET_SCORES, Call.GET_USER_BEST, Call.GET_USER_RECENT);
	}

	@Provide
	Arbitrary<List<Mutation>> mutations() {
		Arbitrary<Integer> index = Arbitraries.integers().between(0, 100_000);
		Arbitrary<Byte> bytes = Arbitraries.oneOf(Arbitraries.of(box(INTERESTING_BYTES)), Arbitraries.bytes());
		Arbitrary<Replacement> replacements = Arbitraries.of(Replacement.class);
		Arbitrary<Mutation> mutation = Arbitraries.frequencyOf(Tuple.of(2, index.map(Truncate::new)),
				Tuple.of(2, index.map(DeleteByte::new)),
				Tuple.of(2, Combinators.combine(index, bytes).as(InsertByte::new)),
				Tuple.of(2, Combinators.combine(index, bytes).as(ReplaceByte::new)),
				Tuple.of(6, Combinators.combine(index, replacements).as(ReplaceValue::new)),
				Tuple.of(3, index.map(DropField::new)), Tuple.of(2, replacements.map(WrapInError::new)),
				Tuple.of(1, Arbitraries.of(Body.class).map(SwapBody::new)));
		return mutation.list().ofMinSize(0).ofMaxSize(3);
	}

	@Provide
	Arbitrary<Reply> replies() {
		Arbitrary<Integer> statuses = Arbitraries.frequency(Tuple.of(6, 200), Tuple.of(1, 401), Tuple.of(1, 429),
				Tuple.of(1, 500), Tuple.of(1, 503));
		Arbitrary<String> contentTypes = Arbitraries.of(RecordedFixtures.JSON_CONTENT_TYPE,
				RecordedFixtures.TEXT_CONTENT_TYPE, "text/html; charset=UTF-8", "application/octet-stream",
				"application/json").injectNull(0.15);
		Arbitrary<String> retryAfter = Arbitraries.of("1", "0", "-5", "soon", "99999999999999999999",
				"Wed, 21 Oct 2015 07:28:00 GMT", "Thu, 01 Jan 2099 00:00:00 GMT").injectNull(0.7);
		Arbitrary<Fault> faults = Arbitraries.of(Fault.class).injectNull(0.95);
		return Combinators.combine(statuses, contentTypes, retryAfter, faults).as(Reply::new);
	}

	private static Byte[] box(byte[] bytes) {
		Byte[] boxed = new Byte[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			boxed[i] = bytes[i];
		}
		return boxed;
	}

	/** The client call a body is sent to, and what it returns. */
	enum Call {

		GET_USER(User.class, (c) -> c.getUser("Example Player")),

		GET_BEATMAPS(Beatmap.class, (c) -> c.getBeatmaps(BeatmapQuery.byBeatmapId(7654321L))),

		GET_SCORES(Score.class, (c) -> c.getBeatmapScores(BeatmapScoresQuery.of(7654321L))),

		GET_USER_BEST(Score.class, (c) -> c.getUserBests(1234567L)),

		GET_USER_RECENT(Score.class, (c) -> c.getUserRecents("Example Player")),

		GET_MATCH(Match.class, (c) -> c.getMatch(123456789L)),

		GET_REPLAY(Replay.class, (c) -> c.getReplay(ReplayQuery.of(7654321L, UserRef.id(1234567L)))),

		GET_BEATMAP_OSU(BeatmapFile.class, (c) -> c.getBeatmapOsu(7654321L));

		private final Class<?> type;

		private final Function<OsuV1Client, Publisher<?>> call;

		Call(Class<?> type, Function<OsuV1Client, Publisher<?>> call) {
			this.type = type;
			this.call = call;
		}

		Flux<Object> send(OsuV1Client client) {
			return Flux.from(this.call.apply(client)).cast(Object.class);
		}

	}

	/** A real-shaped body this project wrote, under {@code src/test/resources/dev/osuv1}. */
	enum Body {

		USER("user.json"), BEATMAP("beatmap.json"), SCORE("score.json"), MATCH("match.json"), REPLAY("replay.json"),
		BEATMAP_FILE("beatmap.osu");

		private final byte[] bytes;

		Body(String resource) {
			try (InputStream in = MutatedResponsesProperties.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("missing test resource dev/osuv1/" + resource);
				}
				this.bytes = in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		byte[] bytes() {
			return this.bytes.clone();
		}

	}

	/**
	 * How the server answers.
	 *
	 * @param status the HTTP status
	 * @param contentType the {@code Content-Type}, or none
	 * @param retryAfter the {@code Retry-After} header, or none
	 * @param fault a broken connection instead of an answer, or none
	 */
	record Reply(int status, @Nullable String contentType, @Nullable String retryAfter, @Nullable Fault fault) {

	}

	/** What a value may be replaced with. */
	enum Replacement {

		NULL(NODES.nullNode()), ZERO(NODES.numberNode(0)), MINUS_ONE(NODES.numberNode(-1)),
		HUGE(NODES.numberNode(new BigInteger("123456789012345678901234567890"))), FRACTION(NODES.numberNode(0.5)),
		TRUE(NODES.booleanNode(true)), EMPTY_OBJECT(NODES.objectNode()),
		NESTED_OBJECT(PLAIN_JSON.readTree("{\"a\":{\"b\":[1,\"2\",null]},\"user_id\":\"1\"}")),
		EMPTY_ARRAY(NODES.arrayNode()), ARRAY(PLAIN_JSON.readTree("[\"1\",{\"x\":null},[]]")),
		EMPTY_TEXT(NODES.stringNode("")), WORD(NODES.stringNode("osu!")), MINUS_ONE_TEXT(NODES.stringNode("-1")),
		HUGE_TEXT(NODES.stringNode("99999999999999999999")), FRACTION_TEXT(NODES.stringNode("1.5")),
		NOT_A_NUMBER_TEXT(NODES.stringNode("NaN")), BAD_DATE(NODES.stringNode("2020-02-30 25:61:00")),
		ISO_DATE(NODES.stringNode("2020-01-02T03:04:05Z")), TWO(NODES.stringNode("2")),
		INVALID_KEY(NODES.stringNode("Please provide a valid API key.")),
		REPLAY_NOT_AVAILABLE(NODES.stringNode("Replay not available.")),
		REPLAY_FAILED(NODES.stringNode("Replay retrieval failed.")),
		TOO_FAST(NODES.stringNode("Requesting too fast! Slow your operation, cap'n!"));

		private final JsonNode node;

		Replacement(JsonNode node) {
			this.node = node;
		}

		JsonNode node() {
			return this.node.deepCopy();
		}

	}

	/** One change to a body. */
	interface Mutation {

		byte[] apply(byte[] body);

	}

	/** Cuts the body short. */
	record Truncate(int at) implements Mutation {

		@Override
		public byte[] apply(byte[] body) {
			return Arrays.copyOf(body, this.at % (body.length + 1));
		}

	}

	/** Deletes one byte. */
	record DeleteByte(int at) implements Mutation {

		@Override
		public byte[] apply(byte[] body) {
			if (body.length == 0) {
				return body;
			}
			int index = this.at % body.length;
			byte[] changed = new byte[body.length - 1];
			System.arraycopy(body, 0, changed, 0, index);
			System.arraycopy(body, index + 1, changed, index, body.length - index - 1);
			return changed;
		}

	}

	/** Inserts one byte. */
	record InsertByte(int at, byte value) implements Mutation {

		@Override
		public byte[] apply(byte[] body) {
			int index = this.at % (body.length + 1);
			byte[] changed = new byte[body.length + 1];
			System.arraycopy(body, 0, changed, 0, index);
			changed[index] = this.value;
			System.arraycopy(body, index, changed, index + 1, body.length - index);
			return changed;
		}

	}

	/** Replaces one byte. */
	record ReplaceByte(int at, byte value) implements Mutation {

		@Override
		public byte[] apply(byte[] body) {
			if (body.length == 0) {
				return body;
			}
			byte[] changed = body.clone();
			changed[this.at % body.length] = this.value;
			return changed;
		}

	}

	/** Replaces one JSON value (the whole body included) when the body is JSON. */
	record ReplaceValue(int at, Replacement with) implements Mutation {

		@Override
		public byte[] apply(byte[] body) {
			return changeTree(body, (root) -> {
				List<Slot> slots = new ArrayList<>();
				slots.add(new Slot(null, null, -1));
				collectSlots(root, slots, false);
				Slot slot = slots.get(this.at % slots.size());
				if (slot.parent() == null) {
					return this.with.node();
				}
				slot.set(this.with.node());
				return root;
			});
		}

	}

	/** Drops one field of a JSON object when the body is JSON. */
	record DropField(int at) implements Mutation {

		@Override
		public byte[] apply(byte[] body) {
			return changeTree(body, (root) -> {
				List<Slot> fields = new ArrayList<>();
				collectSlots(root, fields, true);
				if (!fields.isEmpty()) {
					Slot field = fields.get(this.at % fields.size());
					((ObjectNode) field.parent()).remove(field.name());
				}
				return root;
			});
		}

	}

	/** Adds an {@code error} member to an object body; any other body becomes {@code {"error": ...}} alone. */
	record WrapInError(Replacement error) implements Mutation {

		@Override
		public byte[] apply(byte[] body) {
			JsonNode root = readJson(body);
			ObjectNode wrapped;
			if (root != null && root.isObject()) {
				wrapped = (ObjectNode) root;
			}
			else {
				wrapped = NODES.objectNode();
			}
			wrapped.set("error", this.error.node());
			return PLAIN_JSON.writeValueAsBytes(wrapped);
		}

	}

	/** Sends another endpoint's body. */
	record SwapBody(Body with) implements Mutation {

		@Override
		public byte[] apply(byte[] body) {
			return this.with.bytes();
		}

	}

	/** Where a JSON value sits: a field of an object or an element of an array. */
	record Slot(@Nullable JsonNode parent, @Nullable String name, int index) {

		void set(JsonNode value) {
			if (this.parent instanceof ObjectNode object) {
				object.set(this.name, value);
			}
			else if (this.parent instanceof ArrayNode array) {
				array.set(this.index, value);
			}
		}

	}

	private static void collectSlots(JsonNode node, List<Slot> slots, boolean fieldsOnly) {
		if (node instanceof ObjectNode object) {
			for (String name : new ArrayList<>(object.propertyNames())) {
				slots.add(new Slot(object, name, -1));
				collectSlots(object.get(name), slots, fieldsOnly);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				if (!fieldsOnly) {
					slots.add(new Slot(array, null, i));
				}
				collectSlots(array.get(i), slots, fieldsOnly);
			}
		}
	}

	private static byte[] changeTree(byte[] body, Function<JsonNode, JsonNode> change) {
		JsonNode root = readJson(body);
		if (root == null) {
			return body;
		}
		return PLAIN_JSON.writeValueAsBytes(change.apply(root));
	}

}
