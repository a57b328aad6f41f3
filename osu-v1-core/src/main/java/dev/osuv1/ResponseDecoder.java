package dev.osuv1;

import java.util.Base64;
import java.util.List;

import dev.osuv1.model.BeatmapFile;
import dev.osuv1.model.Match;
import dev.osuv1.model.Replay;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link RawResponse} into models or a typed {@link OsuApiException}. The API's {@code {"error": ...}} body
 * is looked for on every response, whatever its status; "not found" answers come back as {@code null} or an empty
 * list.
 */
final class ResponseDecoder {

	static final String REPLAY_NOT_AVAILABLE = "Replay not available.";

	static final String REPLAY_RETRIEVAL_FAILED = "Replay retrieval failed.";

	static final String REQUESTING_TOO_FAST = "Requesting too fast!";

	private final JsonMapper mapper;

	private final @Nullable MatchRows matchRows;

	ResponseDecoder(JsonMapper mapper) {
		this(mapper, new MatchRows());
	}

	/**
	 * Creates a decoder whose get_match tries {@code matchRows} first, when given; without it, every get_match body
	 * goes through the tree, as what {@code matchRows} declines does.
	 */
	ResponseDecoder(JsonMapper mapper, @Nullable MatchRows matchRows) {
		this.mapper = mapper;
		this.matchRows = matchRows;
	}

	/** Decodes an endpoint that answers a JSON array; {@code []} and {@code null} are empty. */
	<T> List<T> list(Endpoint endpoint, RawResponse response, ObjectReader listReader) {
		return list(endpoint, response, listReader, null);
	}

	/**
	 * Decodes an endpoint that answers a JSON array, with {@code fastRows} first when given: what it declines is
	 * bound by {@code listReader}, which gives the same rows or the error.
	 */
	<T> List<T> list(Endpoint endpoint, RawResponse response, ObjectReader listReader,
			@Nullable FastRows<T> fastRows) {
		if (successStartingWith(response, '[')) {
			if (fastRows != null) {
				List<T> rows = bind(endpoint, response, () -> fastRows.read(response.body()));
				if (rows != null) {
					return rows;
				}
			}
			return rows(endpoint, response, bind(endpoint, response, () -> listReader.readValue(response.body())));
		}
		JsonNode root = readChecked(endpoint, response);
		if (root == null || root.isNull()) {
			return List.of();
		}
		if (!root.isArray()) {
			throw new DecodingException(endpoint.apiName() + ": expected a JSON array but got " + root.getNodeType(),
					response.status(), null);
		}
		return rows(endpoint, response, bind(endpoint, response, () -> listReader.readValue(root)));
	}

	/** Whether the response is a success whose body starts, after whitespace, with {@code opening}. */
	private static boolean successStartingWith(RawResponse response, char opening) {
		int first = response.firstSignificantByte();
		return first >= 0 && response.body()[first] == opening && response.isSuccess();
	}

	/** A {@code null} row ({@code [null]}) binds to a null element, which a {@code Flux} must never emit. */
	private static <T> List<T> rows(Endpoint endpoint, RawResponse response, List<T> rows) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) == null) {
				throw new DecodingException(endpoint.apiName() + ": row " + i + " of the response is null",
						response.status(), null);
			}
		}
		return rows;
	}

	/**
	 * Decodes get_match, trying the {@link MatchRows} first when this decoder has them; {@code {"match":0}} (unknown
	 * or private match) is {@code null}.
	 */
	@Nullable Match match(RawResponse response) {
		if (this.matchRows != null && successStartingWith(response, '{')) {
			MatchRows fastMatch = this.matchRows;
			Match match = bind(Endpoint.GET_MATCH, response, () -> fastMatch.read(response.body()));
			if (match != null) {
				return match;
			}
		}
		JsonNode root = readChecked(Endpoint.GET_MATCH, response);
		if (root == null || root.isNull()) {
			return null;
		}
		JsonNode match = root.get("match");
		if (match == null || !root.isObject()) {
			throw new DecodingException("get_match: expected an object with 'match' but got " + root.getNodeType(),
					response.status(), null);
		}
		if (!match.isObject()) {
			return null;
		}
		ObjectNode flat = ((ObjectNode) match).deepCopy();
		flat.set("games", root.path("games"));
		return bind(Endpoint.GET_MATCH, response, () -> this.mapper.treeToValue(flat, Match.class));
	}

	/** Decodes get_replay; {@code Replay not available.} is {@code null}. */
	@Nullable Replay replay(RawResponse response) {
		JsonNode root = readChecked(Endpoint.GET_REPLAY, response);
		if (root == null || root.isNull()) {
			return null;
		}
		JsonNode content = root.get("content");
		if (content == null || !content.isString()) {
			throw new DecodingException("get_replay: the response has no 'content' text", response.status(), null);
		}
		JsonNode encoding = root.get("encoding");
		// asString() throws on an object or array, so only a text is compared
		if (encoding != null && !encoding.isNull()
				&& !(encoding.isString() && "base64".equals(encoding.stringValue()))) {
			throw new DecodingException("get_replay: unsupported encoding " + encoding, response.status(), null);
		}
		try {
			return new Replay(Base64.getDecoder().decode(content.stringValue()));
		}
		catch (IllegalArgumentException ex) {
			throw new DecodingException("get_replay: 'content' is not valid base64", response.status(), ex);
		}
	}

	/** Decodes {@code /osu/{id}}; an empty body (the server's answer for a missing file) and 404 are {@code null}. */
	@Nullable BeatmapFile beatmapFile(long beatmapId, RawResponse response) {
		Endpoint endpoint = Endpoint.GET_BEATMAP_OSU;
		int first = response.firstSignificantByte();
		if (response.status() == 404 || (response.isSuccess() && first < 0)) {
			return null;
		}
		if (first >= 0 && response.body()[first] == '{') {
			readChecked(endpoint, response);
		}
		if (!response.isSuccess()) {
			throw byStatus(endpoint, response, null);
		}
		if (response.body()[first] == '<') {
			throw new ServerException(endpoint.apiName() + ": the server sent an HTML page instead of the beatmap "
					+ "file (HTTP " + response.status() + ")", response.status(), null, null);
		}
		return new BeatmapFile(beatmapId, response.body(), response.fileName());
	}

	/**
	 * Parses a JSON body and raises what an {@code error} object or a failed status means. Returns {@code null} for
	 * {@code Replay not available.}.
	 */
	private @Nullable JsonNode readChecked(Endpoint endpoint, RawResponse response) {
		int first = response.firstSignificantByte();
		if (first < 0) {
			if (!response.isSuccess()) {
				throw byStatus(endpoint, response, null);
			}
			throw new ServerException(endpoint.apiName() + ": the server sent an empty body (HTTP "
					+ response.status() + ")", response.status(), null, null);
		}
		byte start = response.body()[first];
		if (start != '[' && start != '{' && start != 'n') {
			if (!response.isSuccess()) {
				throw byStatus(endpoint, response, null);
			}
			String what = (start == '<') ? "an HTML page" : "a body that is not JSON";
			throw new ServerException(endpoint.apiName() + ": the server sent " + what + " (HTTP " + response.status()
					+ ", " + response.contentType() + ")", response.status(), null, null);
		}
		JsonNode root;
		try {
			root = this.mapper.readTree(response.body());
		}
		catch (StreamReadException ex) {
			if (!response.isSuccess()) {
				throw byStatus(endpoint, response, null);
			}
			throw new ServerException(endpoint.apiName() + ": the server sent invalid JSON (HTTP " + response.status()
					+ "): " + ex.getOriginalMessage(), response.status(), null, ex);
		}
		catch (JacksonException ex) {
			// such as trailing tokens after the value: a failed status still says more than the body
			if (!response.isSuccess()) {
				throw byStatus(endpoint, response, null);
			}
			throw new DecodingException(endpoint.apiName() + ": " + ex.getOriginalMessage(), response.status(), ex);
		}
		if (root.isObject() && root.has("error")) {
			JsonNode error = root.get("error");
			if (error.isString() && REPLAY_NOT_AVAILABLE.equals(error.stringValue())) {
				return null;
			}
			throw byError(endpoint, response, error);
		}
		if (!response.isSuccess()) {
			throw byStatus(endpoint, response, null);
		}
		return root;
	}

	private OsuApiException byError(Endpoint endpoint, RawResponse response, JsonNode error) {
		int status = response.status();
		if (!error.isString()) {
			return new ServerException(endpoint.apiName() + ": the API answered {\"error\":" + error + "} (HTTP "
					+ status + ")", status, null, null);
		}
		String text = error.stringValue();
		String message = endpoint.apiName() + ": " + text + " (HTTP " + status + ")";
		if (status == 401 || text.contains("valid API key")) {
			return new InvalidApiKeyException(message, status, text);
		}
		if (status == 429 || text.startsWith(REQUESTING_TOO_FAST)) {
			return new RateLimitException(message, status, text, response.retryAfter());
		}
		if (status >= 500 || REPLAY_RETRIEVAL_FAILED.equals(text)) {
			return new ServerException(message, status, text, null);
		}
		return new OsuApiException(message, status, text, null);
	}

	private OsuApiException byStatus(Endpoint endpoint, RawResponse response, @Nullable String apiError) {
		int status = response.status();
		String message = endpoint.apiName() + ": HTTP " + status;
		if (status == 401) {
			return new InvalidApiKeyException(message + ", the API key was refused", status, apiError);
		}
		if (status == 429) {
			return new RateLimitException(message + ", requesting too fast", status, apiError, response.retryAfter());
		}
		if (status >= 500) {
			return new ServerException(message + ", the server failed", status, apiError, null);
		}
		return new OsuApiException(message, status, apiError, null);
	}

	private <T> T bind(Endpoint endpoint, RawResponse response, Binding<T> binding) {
		try {
			return binding.bind();
		}
		catch (StreamReadException ex) {
			throw new ServerException(endpoint.apiName() + ": the server sent invalid JSON (HTTP " + response.status()
					+ "): " + ex.getOriginalMessage(), response.status(), null, ex);
		}
		catch (JacksonException ex) {
			throw new DecodingException(endpoint.apiName() + ": the response does not fit the model at "
					+ path(ex) + ": " + ex.getOriginalMessage(), response.status(), ex);
		}
		catch (RuntimeException ex) {
			throw new DecodingException(endpoint.apiName() + ": the response does not fit the model: " + ex,
					response.status(), ex);
		}
	}

	/** Where in the body binding failed, such as {@code [3].enabled_mods}. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return (path.length() > 0) ? path.toString() : "the top level";
	}

	/**
	 * A hand-written decoder of one endpoint's rows that reads the shape the API sends, and declines the rest.
	 *
	 * @param <T> the row type
	 */
	@FunctionalInterface
	interface FastRows<T> {

		/**
		 * Reads a whole body that starts with {@code [}.
		 * @param body the body
		 * @return the rows, exactly as the endpoint's reader binds them (never {@code null} rows); {@code null} when
		 * the body is not in a shape this decoder reads, for the reader to decode instead
		 */
		@Nullable List<T> read(byte[] body);

	}

	@FunctionalInterface
	private interface Binding<T> {

		T bind();

	}

}
