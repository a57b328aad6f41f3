package dev.osuv1;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.osuv1.query.UserRef;
import org.jspecify.annotations.Nullable;

/**
 * One request to the API, before the key is added: the endpoint, its path and its query parameters in order.
 */
final class ApiRequest {

	private final Endpoint endpoint;

	private final String path;

	private final Map<String, String> parameters = new LinkedHashMap<>();

	private ApiRequest(Endpoint endpoint, String path) {
		this.endpoint = endpoint;
		this.path = path;
	}

	static ApiRequest to(Endpoint endpoint) {
		return new ApiRequest(endpoint, endpoint.path());
	}

	static ApiRequest beatmapFile(long beatmapId) {
		return new ApiRequest(Endpoint.GET_BEATMAP_OSU, Endpoint.GET_BEATMAP_OSU.path() + beatmapId);
	}

	Endpoint endpoint() {
		return this.endpoint;
	}

	/** Adds a parameter; a {@code null} value is left out. */
	ApiRequest param(String name, @Nullable Object value) {
		if (value != null) {
			this.parameters.put(name, String.valueOf(value));
		}
		return this;
	}

	/** Adds {@code u} and the {@code type} that says how to read it; a {@code null} user is left out. */
	ApiRequest user(@Nullable UserRef user) {
		if (user != null) {
			param("u", user.value());
			param("type", user.type());
		}
		return this;
	}

	Map<String, String> parameters() {
		return this.parameters;
	}

	/** The request's address under the given base URL, every value URL-encoded; without the key. */
	URI uri(String baseUrl) {
		return URI.create(baseUrl + key());
	}

	/**
	 * The request's path and query string, every value URL-encoded and the parameters in the order they were added
	 * (always the same for a method): what makes two requests identical. It never holds the key.
	 */
	String key() {
		StringBuilder key = new StringBuilder(this.path);
		char separator = '?';
		for (Map.Entry<String, String> parameter : this.parameters.entrySet()) {
			key.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
			separator = '&';
		}
		return key.toString();
	}

	/**
	 * The path as a template, without the query: {@code /api/get_user}, or {@code /osu/{id}} for a beatmap file. It
	 * names the request in observations, where its values would make one name per user or beatmap.
	 */
	String pathTemplate() {
		return (this.endpoint == Endpoint.GET_BEATMAP_OSU) ? this.endpoint.path() + "{id}" : this.path;
	}

	static String encode(String value) {
		// ids, modes, limits, hashes and most names need no escaping, and URLEncoder would return them unchanged
		for (int i = 0; i < value.length(); i++) {
			if (!isUnreserved(value.charAt(i))) {
				return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
			}
		}
		return value;
	}

	/** The characters URLEncoder leaves as they are. */
	private static boolean isUnreserved(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
				|| c == '.' || c == '*';
	}

	@Override
	public String toString() {
		return this.endpoint.apiName() + this.parameters;
	}

}
