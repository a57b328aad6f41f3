package dev.osuv1;

import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.osuv1.benchmarks.Bodies;
import dev.osuv1.model.Beatmap;
import dev.osuv1.model.Match;
import dev.osuv1.model.User;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decoding the JSON endpoints as the client does (its {@code ResponseDecoder}, mapper and readers, from the whole
 * body in memory) against the floor for the same bytes: Jackson's {@code readTree}, which only parses. It lives in
 * core's package to reach the package-private decoder; run it with {@code -prof gc} for bytes per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DecodingBenchmarks {

	private static final String CONTENT_TYPE = "application/json; charset=UTF-8";

	private final JsonMapper plain = JsonMapper.builder().build();

	private ResponseDecoder decoder;

	private ObjectReader userReader;

	private ObjectReader beatmapReader;

	private BeatmapRows beatmapRows;

	private UserRows userRows;

	private RawResponse user;

	private RawResponse beatmaps;

	private RawResponse match;

	/**
	 * Loads the bodies and builds the decoder the way {@link OsuV1Client} does.
	 */
	@Setup
	public void setUp() {
		Bodies bodies = Bodies.load();
		JsonMapper mapper = WireJson.createMapper();
		this.decoder = new ResponseDecoder(mapper);
		this.userReader = mapper.readerForListOf(User.class);
		this.beatmapReader = mapper.readerForListOf(Beatmap.class);
		this.beatmapRows = new BeatmapRows();
		this.userRows = new UserRows();
		this.user = new RawResponse(200, CONTENT_TYPE, null, null, bodies.user());
		this.beatmaps = new RawResponse(200, CONTENT_TYPE, null, null, bodies.beatmaps());
		this.match = new RawResponse(200, CONTENT_TYPE, null, null, bodies.match());
	}

	/**
	 * The 500-row get_beatmaps body into {@link Beatmap} records, as the client decodes it.
	 * @return the rows
	 */
	@Benchmark
	public List<Beatmap> getBeatmapsClient() {
		return this.decoder.list(Endpoint.GET_BEATMAPS, this.beatmaps, this.beatmapReader, this.beatmapRows);
	}

	/**
	 * The floor for the same bytes: a tree.
	 * @return the tree
	 */
	@Benchmark
	public JsonNode getBeatmapsReadTree() {
		return this.plain.readTree(this.beatmaps.body());
	}

	/**
	 * A get_user body into a {@link User}, as the client decodes it.
	 * @return the user
	 */
	@Benchmark
	public List<User> getUserClient() {
		return this.decoder.list(Endpoint.GET_USER, this.user, this.userReader, this.userRows);
	}

	/**
	 * The floor for the same bytes: a tree.
	 * @return the tree
	 */
	@Benchmark
	public JsonNode getUserReadTree() {
		return this.plain.readTree(this.user.body());
	}

	/**
	 * The 12-game get_match body into a {@link Match}, as the client decodes it.
	 * @return the match
	 */
	@Benchmark
	public Match getMatchClient() {
		return this.decoder.match(this.match);
	}

	/**
	 * The floor for the same bytes: a tree.
	 * @return the tree
	 */
	@Benchmark
	public JsonNode getMatchReadTree() {
		return this.plain.readTree(this.match.body());
	}

}
