package dev.osuv1;

import java.net.URI;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import reactor.core.publisher.Mono;

/**
 * Adds the API key ({@code k}) to a request's address at the last moment, in the connector. WebClient, its filters,
 * its observations and its logging only ever see the address without the key, and so do the exceptions it raises.
 * {@code /osu/{id}} takes no key and gets none.
 */
final class ApiKeyConnector implements ClientHttpConnector {

	private static final Pattern BEATMAP_FILE = Pattern.compile(".*/osu/\\d+$");

	private final ClientHttpConnector delegate;

	private final String keyParameter;

	ApiKeyConnector(ClientHttpConnector delegate, String apiKey) {
		this.delegate = delegate;
		this.keyParameter = "k=" + ApiRequest.encode(apiKey);
	}

	@Override
	public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
			Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
		return this.delegate.connect(method, withKey(uri), requestCallback);
	}

	private URI withKey(URI uri) {
		if (BEATMAP_FILE.matcher(uri.getRawPath()).matches()) {
			return uri;
		}
		String text = uri.toString();
		int query = text.indexOf('?');
		String keyed = (query < 0) ? text + "?" + this.keyParameter
				: text.substring(0, query + 1) + this.keyParameter + "&" + text.substring(query + 1);
		return URI.create(keyed);
	}

	@Override
	public String toString() {
		return "ApiKeyConnector[" + this.delegate + "]";
	}

}
