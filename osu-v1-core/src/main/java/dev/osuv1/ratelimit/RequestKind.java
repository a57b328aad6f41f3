package dev.osuv1.ratelimit;

/**
 * Which budgets a request draws from.
 */
public enum RequestKind {

	/** Every endpoint but get_replay: the general budget only. */
	GENERAL,

	/** get_replay: the general budget and the replay budget (the API allows 10 a minute). */
	REPLAY

}
