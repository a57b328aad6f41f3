package dev.osuv1.sample.demo;

import java.io.PrintStream;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the {@link DemoServer} when no {@code osu.v1.token} is configured anywhere (command line, environment such
 * as {@code OSU_V1_TOKEN}, configuration files), and points the application at it by setting {@code osu.v1.base-url}
 * and a demo token ahead of every other property source. It says so in one line on standard error.
 */
public final class DemoServerActivator implements ApplicationListener<ApplicationEnvironmentPreparedEvent>,
		AutoCloseable {

	/** The token the application sends to the demo server, which only checks that one is there. */
	public static final String DEMO_TOKEN = "demo-token";

	static final String PROPERTY_SOURCE_NAME = "osuV1DemoServer";

	private static final String TOKEN = "osu.v1.token";

	private static final String BASE_URL = "osu.v1.base-url";

	private final PrintStream err;

	private @Nullable DemoServer server;

	/**
	 * Creates an activator.
	 * @param err where to say that the demo server is used
	 */
	public DemoServerActivator(PrintStream err) {
		this.err = err;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (this.server != null || environment.containsProperty(TOKEN)) {
			return;
		}
		boolean baseUrlIgnored = environment.containsProperty(BASE_URL);
		DemoServer demo = DemoServer.start();
		this.server = demo;
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of(BASE_URL, demo.baseUrl(), TOKEN, DEMO_TOKEN)));
		this.err.println("No osu.v1.token set: using the embedded demo osu! server at " + demo.baseUrl()
				+ " (made-up data)" + (baseUrlIgnored ? "; osu.v1.base-url is ignored without a token" : ""));
	}

	/**
	 * Stops the demo server, if one was started.
	 */
	@Override
	public void close() {
		if (this.server != null) {
			this.server.close();
			this.server = null;
		}
	}

}
