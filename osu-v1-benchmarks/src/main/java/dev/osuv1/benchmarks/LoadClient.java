package dev.osuv1.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Java client under load against the loopback server, in a fresh process: the cold phase (the first calls),
 * the warm-up, then the steady phase in {@value Workload#SLICES} slices. Writes requests per second and the
 * process's CPU seconds per 1,000 requests as JSON; the Node peers under {@code bench/peers} write the same form.
 *
 * <p>{@code java -cp osu-v1-benchmarks.jar dev.osuv1.benchmarks.LoadClient --client=osu-v1|webclient
 * --workload=get_user|get_beatmaps --url=http://127.0.0.1:PORT [--quick] [--cold=N --warmup=N --steady=N]
 * [--out=FILE]}
 */
public final class LoadClient {

	private LoadClient() {
	}

	/**
	 * Runs the load.
	 * @param args the options above
	 */
	public static void main(String[] args) {
		Options options = new Options(args);
		Map<String, Object> result = run(options);
		ResultFile.write(result, options.get("out", ""));
		System.exit(((long) result.get("errors") == 0) ? 0 : 1);
	}

	static Map<String, Object> run(Options options) {
		String client = options.require("client");
		Workload workload = Workload.of(options.require("workload"));
		boolean quick = options.flag("quick");
		long cold = options.getLong("cold", workload.cold(quick));
		long warmup = options.getLong("warmup", workload.warmup(quick));
		long steady = options.getLong("steady", workload.steady(quick));
		try (LoadTarget target = LoadTarget.create(client, workload, options.require("url"))) {
			ClosedLoop loop = new ClosedLoop(target::call, workload.concurrency());
			Phase coldPhase = loop.run(cold);
			long errors = coldPhase.errors();
			if (warmup > cold) {
				errors += loop.run(warmup - cold).errors();
			}
			List<Map<String, Object>> slices = new ArrayList<>();
			for (int i = 0; i < Workload.SLICES; i++) {
				Phase slice = loop.run(Math.max(1, steady / Workload.SLICES));
				errors += slice.errors();
				slices.add(slice.toJson());
			}
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("client", client);
			result.put("runtime", ResultFile.runtime());
			result.put("workload", workload.apiName());
			result.put("concurrency", workload.concurrency());
			result.put("cold", coldPhase.toJson());
			result.put("warmupCalls", Math.max(warmup, cold));
			result.put("steady", slices);
			result.put("errors", errors);
			return result;
		}
	}

}
