package dev.osuv1.sample.demo;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An answer of the demo server.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}
 * @param headers further headers
 * @param body the body
 */
record DemoResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

	static final String JSON = "application/json; charset=UTF-8";

	static DemoResponse json(int status, String json) {
		return new DemoResponse(status, JSON, Map.of(), json.getBytes(StandardCharsets.UTF_8));
	}

}
