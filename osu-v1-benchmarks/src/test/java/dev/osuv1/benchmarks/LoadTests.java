package dev.osuv1.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.netty.DisposableServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throughput machinery end to end with a handful of calls: the loopback server, the three Java clients and the
 * orchestrator driving a client process through its command protocol. Times are never judged here.
 */
class LoadTests {

	@Test
	void everyJavaClientCallsTheServerWithoutErrors() {
		DisposableServer server = LoadServer.start(Bodies.load(), 0);
		try {
			for (String client : List.of("osu-v1", "webclient", "reactor-netty")) {
				for (Workload workload : Workload.values()) {
					try (LoadTarget target = LoadTarget.create(client, workload, "http://127.0.0.1:" + server.port())) {
						Phase phase = new ClosedLoop(target::call, workload.concurrency()).run(20);
						assertThat(phase.errors()).as(client + " " + workload).isZero();
						assertThat(phase.calls()).isEqualTo(20);
					}
				}
			}
		}
		finally {
			server.disposeNow();
		}
	}

	@Test
	void orchestratorDrivesAClientProcess(@TempDir Path results) throws Exception {
		DisposableServer server = LoadServer.start(Bodies.load(), 0);
		String url = "http://127.0.0.1:" + server.port();
		LoadRun.Peer peer = LoadRun.Peer.start(LoadRun.command("osu-v1", Workload.GET_USER, url, Path.of(".")));
		try {
			assertThat(peer.ready()).isTrue();
			LoadRun.run(Workload.GET_USER, new LoadRun.Counts(20, 20, 10), List.of("osu-v1"), List.of(peer), results);
		}
		finally {
			peer.close();
			server.disposeNow();
		}
		JsonNode result = JsonMapper.shared().readTree(Files.readString(results.resolve("load-get_user-osu-v1.json")));
		assertThat(result.path("cold").path("calls").asInt()).isEqualTo(20);
		assertThat(result.path("steady")).hasSize(Workload.SLICES);
		assertThat(result.path("errors").asInt()).isZero();
	}

}
