package dev.osuv1.benchmarks;

/**
 * The two throughput workloads of issue 7, with the call counts it asks for. The cold phase is the first calls of
 * a fresh process; steady calls come after the warm-up count (which includes the cold calls).
 */
enum Workload {

	/** get_user for one name, 64 calls in flight: a bot answering many users. */
	GET_USER("get_user", "/api/get_user?u=peppy&type=string&m=0", 64, 20_000, 150_000, 100_000, 40_000),

	/** get_beatmaps of 500 rows (about 0.5 MB), 8 in flight: a crawler. */
	GET_BEATMAPS("get_beatmaps", "/api/get_beatmaps?since=2026-01-01%2000%3A00%3A00&limit=500", 8, 1_000, 5_000,
			2_000, 1_000);

	/** The API key the load clients send; the loopback server does not check it. */
	static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	/** How many equal slices the steady phase is measured in, for a median and a spread. */
	static final int SLICES = 5;

	/** The quick mode divides every count by this. */
	static final int QUICK_DIVISOR = 10;

	private final String apiName;

	private final String pathAndQuery;

	private final int concurrency;

	private final long cold;

	private final long warmup;

	private final long steady;

	private final long serverWarmup;

	Workload(String apiName, String pathAndQuery, int concurrency, long cold, long warmup, long steady,
			long serverWarmup) {
		this.apiName = apiName;
		this.pathAndQuery = pathAndQuery;
		this.concurrency = concurrency;
		this.cold = cold;
		this.warmup = warmup;
		this.steady = steady;
		this.serverWarmup = serverWarmup;
	}

	static Workload of(String apiName) {
		for (Workload workload : values()) {
			if (workload.apiName.equals(apiName)) {
				return workload;
			}
		}
		throw new IllegalArgumentException("unknown workload '" + apiName + "': get_user or get_beatmaps");
	}

	String apiName() {
		return this.apiName;
	}

	/** The request the bare clients send, key first as the client sends it. */
	String uri(String baseUrl) {
		int query = this.pathAndQuery.indexOf('?');
		return baseUrl + this.pathAndQuery.substring(0, query) + "?k=" + KEY + "&"
				+ this.pathAndQuery.substring(query + 1);
	}

	/** The plain records the bare Java clients bind the body into. */
	Class<?> plainRows() {
		return switch (this) {
			case GET_USER -> PlainUser[].class;
			case GET_BEATMAPS -> PlainBeatmap[].class;
		};
	}

	int concurrency() {
		return this.concurrency;
	}

	long cold(boolean quick) {
		return quick ? this.cold / QUICK_DIVISOR : this.cold;
	}

	long warmup(boolean quick) {
		return quick ? this.warmup / QUICK_DIVISOR : this.warmup;
	}

	long steady(boolean quick) {
		return quick ? this.steady / QUICK_DIVISOR : this.steady;
	}

	/**
	 * How many calls warm the loopback server up before the first measured client starts: a server that has not yet
	 * compiled its own code would slow down whichever client's cold phase came first.
	 */
	long serverWarmup(boolean quick) {
		return quick ? this.serverWarmup / QUICK_DIVISOR : this.serverWarmup;
	}

}
