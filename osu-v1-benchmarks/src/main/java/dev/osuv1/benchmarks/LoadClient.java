package dev.osuv1.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.json.JsonMapper;

/**
 * One Java client under load against the loopback server, in a process of its own, driven by {@link LoadRun}
 * through standard input: each line {@code <phase> <calls>} ({@code cold}, {@code warm} or {@code slice}) makes
 * that many calls and answers one JSON line with the calls, the time, the process's CPU time and the errors;
 * {@code ready} answers {@code {"ready":true}} (the client is built by then); {@code exit} ends it. The Node peers under {@code bench/peers} speak the same protocol.
 *
 * <p>{@code java -cp osu-v1-benchmarks.jar dev.osuv1.benchmarks.LoadClient --client=osu-v1|webclient|reactor-netty
 * --workload=get_user|get_beatmaps --url=http://127.0.0.1:PORT}
 */
public final class LoadClient {

	private LoadClient() {
	}

	/**
	 * Serves phase commands until {@code exit} or the end of input.
	 * @param args the options above
	 */
	public static void main(String[] args) {
		Options options = new Options(args);
		Workload workload = Workload.of(options.require("workload"));
		try (LoadTarget target = LoadTarget.create(options.require("client"), workload, options.require("url"));
				BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
			ClosedLoop loop = new ClosedLoop(target::call, workload.concurrency());
			String command;
			while ((command = commands.readLine()) != null && !command.equals("exit")) {
				if (command.equals("ready")) {
					System.out.println("{\"ready\":true}");
					System.out.flush();
					continue;
				}
				long calls = Long.parseLong(command.substring(command.indexOf(' ') + 1).trim());
				System.out.println(JsonMapper.shared().writeValueAsString(loop.run(calls).toJson()));
				System.out.flush();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
