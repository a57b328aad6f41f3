package dev.osuv1.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one workload through several clients, each in a fresh process of its own, side by side: every client's cold
 * phase and warm-up in turn, then the steady phase as {@value Workload#SLICES} rounds in which each client runs one
 * slice while the others wait idle, the order rotating every round. Background load on a shared machine then weighs
 * on every client alike, which keeps the ratios between them honest even when absolute numbers drift. Before the
 * first cold phase, throwaway bare Node and bare WebClient clients warm the server up, and every client process is
 * started and has answered {@code ready} (its start-up done), so that no client's cold phase pays for the server's
 * compiler or the other processes' start. Writes {@code load-<workload>-<client>.json} per client.
 *
 * <p>{@code java -cp osu-v1-benchmarks.jar dev.osuv1.benchmarks.LoadRun --workload=get_user --url=URL
 * --clients=osu-v1,webclient,node-osu,node-http [--quick] [--cold=N --warmup=N --steady=N --server-warmup=N]
 * [--results=bench/results] [--peers=bench/peers]}; the counts default to issue 7's (divided by 10 with
 * {@code --quick}), the warm-up counting the cold calls; {@code --server-warmup=0} leaves the server as it is.
 */
public final class LoadRun {

	private LoadRun() {
	}

	/**
	 * Runs the workload.
	 * @param args the options above
	 */
	public static void main(String[] args) {
		Options options = new Options(args);
		Workload workload = Workload.of(options.require("workload"));
		List<String> clients = List.of(options.get("clients", "osu-v1,webclient,node-osu,node-http").split(","));
		boolean quick = options.flag("quick");
		Path results = Paths.get(options.get("results", "bench/results"));
		Path peers = Paths.get(options.get("peers", "bench/peers"));
		String url = options.require("url");
		warmServer(workload, url, peers, options.getLong("server-warmup", workload.serverWarmup(quick)));
		List<Peer> running = new ArrayList<>();
		try {
			for (String client : clients) {
				Peer peer = Peer.start(command(client, workload, url, peers));
				running.add(peer);
				if (!peer.ready()) {
					throw new IllegalStateException(client + " did not answer ready");
				}
			}
			settle();
			Counts counts = Counts.of(workload, quick);
			long cold = options.getLong("cold", counts.cold());
			counts = new Counts(cold, Math.max(0, options.getLong("warmup", cold + counts.warm()) - cold),
					options.getLong("steady", counts.slice() * Workload.SLICES) / Workload.SLICES);
			run(workload, counts, clients, running, results);
		}
		finally {
			running.forEach(Peer::close);
		}
	}

	/** How long the started clients are left idle before the first cold phase, for their start-up to wind down. */
	private static final long SETTLE_MILLIS = 2_000;

	/**
	 * Makes {@code calls} calls to the server from a bare Node client, then half as many from the bare WebClient
	 * client, each in a throwaway process: the server's own code is compiled for both kinds of client before any
	 * measured client's cold phase. After the Node calls alone, the server's compilers still took about 2 s more
	 * during the first JVM client's cold phase (its requests take other paths, such as its 64 connections opening at
	 * once), and that client, osu-v1, paid for it.
	 */
	static void warmServer(Workload workload, String url, Path peers, long calls) {
		if (calls <= 0) {
			return;
		}
		System.err.println("[load] " + workload.apiName() + ": warming the server up with " + calls
				+ " bare Node and " + (calls / 2) + " bare WebClient calls");
		warmServer("node-http", calls, workload, url, peers);
		warmServer("webclient", calls / 2, workload, url, peers);
	}

	private static void warmServer(String client, long calls, Workload workload, String url, Path peers) {
		try (Peer warmer = Peer.start(command(client, workload, url, peers))) {
			long errors = errors(warmer.phase("warm", calls));
			if (errors > 0) {
				throw new IllegalStateException(errors + " calls failed while warming the server up");
			}
		}
	}

	private static void settle() {
		try {
			Thread.sleep(SETTLE_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the clients settled", ex);
		}
	}

	/** A warm-up round in which the JIT compilers took less than this share of the time ends the warm-up. */
	private static final double QUIET_JIT = 0.05;

	/** The most warm-up rounds added after the fixed warm-up. */
	private static final int MAX_ROUNDS = 5;

	static void run(Workload workload, Counts counts, List<String> clients, List<Peer> peers, Path results) {
		long cold = counts.cold();
		long warm = counts.warm();
		long slice = counts.slice();
		List<Map<String, Object>> outcomes = new ArrayList<>();
		for (int i = 0; i < clients.size(); i++) {
			System.err.println("[load] " + workload.apiName() + ": " + clients.get(i) + " cold and warm-up");
			Map<String, Object> outcome = new LinkedHashMap<>();
			outcome.put("client", clients.get(i));
			outcome.put("workload", workload.apiName());
			outcome.put("concurrency", workload.concurrency());
			outcome.put("cold", peers.get(i).phase("cold", cold));
			outcome.put("warmupCalls", cold + warm);
			Map<String, Object> warmup = peers.get(i).phase("warm", warm);
			outcome.put("warmupErrors", warmup.get("errors"));
			outcome.put("steady", new ArrayList<Map<String, Object>>());
			outcomes.add(outcome);
		}
		warmUntilCompiled(workload, cold, clients, peers, outcomes);
		for (int round = 0; round < Workload.SLICES; round++) {
			System.err.println("[load] " + workload.apiName() + ": steady round " + (round + 1));
			for (int k = 0; k < clients.size(); k++) {
				int i = (round + k) % clients.size();
				steady(outcomes.get(i)).add(peers.get(i).phase("slice", slice));
			}
		}
		long errors = 0;
		for (Map<String, Object> outcome : outcomes) {
			long clientErrors = errors(outcome.get("cold")) + ((Number) outcome.get("warmupErrors")).longValue();
			for (Map<String, Object> phase : steady(outcome)) {
				clientErrors += errors(phase);
			}
			outcome.put("errors", clientErrors);
			errors += clientErrors;
			ResultFile.write(outcome, results.resolve("load-" + workload.apiName() + "-" + outcome.get("client")
					+ ".json").toString());
		}
		if (errors > 0) {
			throw new IllegalStateException(errors + " calls failed; see the clients' messages above");
		}
	}

	/**
	 * Goes on warming the JVM clients in rounds as long as the cold phase (20,000 get_user or 1,000 get_beatmaps
	 * calls) until a round in which their JIT compilers took under {@link #QUIET_JIT} of its time (at most
	 * {@link #MAX_ROUNDS} rounds), since a steady phase measured while the compilers still work is not what a
	 * long-running bot sees. The Node clients keep the fixed warm-up: their
	 * compiler does not report, and their steady slices after it are as even as the JVM clients' once quiet (the run
	 * has no time for more within its ten minutes).
	 */
	private static void warmUntilCompiled(Workload workload, long round, List<String> clients, List<Peer> peers,
			List<Map<String, Object>> outcomes) {
		for (int i = 0; i < clients.size(); i++) {
			Map<String, Object> outcome = outcomes.get(i);
			if (!(outcome.get("cold") instanceof Map<?, ?> coldPhase) || !coldPhase.containsKey("jitSeconds")) {
				continue;
			}
			long extra = 0;
			for (int rounds = 0; rounds < MAX_ROUNDS; rounds++) {
				Map<String, Object> phase = peers.get(i).phase("warm", round);
				extra += round;
				addWarmupErrors(outcome, phase);
				double seconds = ((Number) phase.get("seconds")).doubleValue();
				if (((Number) phase.get("jitSeconds")).doubleValue() < QUIET_JIT * seconds) {
					break;
				}
			}
			System.err.println("[load] " + workload.apiName() + ": " + clients.get(i) + " warmed " + extra
					+ " calls more, until its JIT compilers were quiet");
			outcome.put("warmupCalls", ((Number) outcome.get("warmupCalls")).longValue() + extra);
		}
	}

	private static void addWarmupErrors(Map<String, Object> outcome, Map<String, Object> phase) {
		outcome.put("warmupErrors", ((Number) outcome.get("warmupErrors")).longValue() + errors(phase));
	}

	private static long errors(Object phase) {
		return ((Number) ((Map<?, ?>) phase).get("errors")).longValue();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> steady(Map<String, Object> outcome) {
		return (List<Map<String, Object>>) outcome.get("steady");
	}

	static List<String> command(String client, Workload workload, String url, Path peers) {
		List<String> command = new ArrayList<>();
		if (client.startsWith("node-")) {
			command.addAll(List.of("node", peers.resolve(client + ".mjs").toString()));
		}
		else {
			command.addAll(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
					System.getProperty("java.class.path"), LoadClient.class.getName(), "--client=" + client));
		}
		command.addAll(List.of("--workload=" + workload.apiName(), "--url=" + url));
		return command;
	}

	/**
	 * How many calls each phase makes.
	 *
	 * @param cold the cold phase: the first calls of the process
	 * @param warm the warm-up after it
	 * @param slice each of the steady phase's slices
	 */
	record Counts(long cold, long warm, long slice) {

		static Counts of(Workload workload, boolean quick) {
			long cold = workload.cold(quick);
			return new Counts(cold, Math.max(0, workload.warmup(quick) - cold), workload.steady(quick) / Workload.SLICES);
		}

	}

	/**
	 * One client process and its command pipe.
	 */
	static final class Peer implements AutoCloseable {

		private final Process process;

		private final Writer commands;

		private final BufferedReader answers;

		private Peer(Process process) {
			this.process = process;
			this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
			this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		}

		static Peer start(List<String> command) {
			try {
				return new Peer(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("could not start " + command, ex);
			}
		}

		/**
		 * Waits until the client has started: it answers {@code ready} once its start-up is done.
		 * @return whether it said it was ready
		 */
		boolean ready() {
			return Boolean.TRUE.equals(ask("ready", "start").get("ready"));
		}

		Map<String, Object> phase(String name, long calls) {
			return ask(name + " " + calls, name + " phase");
		}

		private Map<String, Object> ask(String command, String what) {
			try {
				this.commands.write(command + "\n");
				this.commands.flush();
				String answer = this.answers.readLine();
				if (answer == null) {
					throw new IllegalStateException("the client exited during its " + what);
				}
				@SuppressWarnings("unchecked")
				Map<String, Object> phase = JsonMapper.shared().readValue(answer, Map.class);
				return phase;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			try {
				this.commands.write("exit\n");
				this.commands.close();
			}
			catch (IOException ex) {
				// it has exited already
			}
			try {
				if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
					this.process.destroy();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.process.destroy();
			}
		}

	}

}
