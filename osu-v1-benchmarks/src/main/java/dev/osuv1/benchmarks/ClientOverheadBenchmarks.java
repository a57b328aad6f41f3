package dev.osuv1.benchmarks;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import dev.osuv1.OsuV1Client;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One get_user call with the network taken out: a {@code WebClient} filter answers every request with the recorded
 * body, so what is left is each client's own work per call (request building, operators, header reading, decoding).
 * {@link OsuV1Client} (built as in the load runs, the filter on the builder it is given) against the bare
 * {@code WebClient} floor decoding into {@link PlainUser}. Single-threaded and free of the loopback server, this is
 * steadier on a shared machine than the load runs, and it is where the client's overhead over the floor shows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ClientOverheadBenchmarks {

	private static final String BASE_URL = "http://127.0.0.1:9";

	private OsuV1Client client;

	private WebClient floor;

	private URI uri;

	/**
	 * Builds both clients over the answering filter.
	 */
	@Setup
	public void setUp() {
		byte[] body = Bodies.load().user();
		ExchangeFilterFunction answer = (request, next) -> Mono.just(ClientResponse.create(HttpStatus.OK)
			.header(HttpHeaders.CONTENT_TYPE, LoadServer.JSON)
			.body(Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body))))
			.build());
		this.client = OsuV1Target.builder(BASE_URL).webClientBuilder(WebClient.builder().filter(answer)).build();
		this.floor = WebClient.builder().filter(answer).build();
		this.uri = URI.create(Workload.GET_USER.uri(BASE_URL));
	}

	/**
	 * Releases the client.
	 */
	@TearDown
	public void tearDown() {
		this.client.close();
	}

	/**
	 * get_user through the client.
	 * @return the user
	 */
	@Benchmark
	public User getUserClient() {
		return this.client.getUser("peppy").block();
	}

	/**
	 * get_user through the bare floor.
	 * @return the rows
	 */
	@Benchmark
	public PlainUser[] getUserFloor() {
		return this.floor.get().uri(this.uri).retrieve().bodyToMono(PlainUser[].class).block();
	}

}
