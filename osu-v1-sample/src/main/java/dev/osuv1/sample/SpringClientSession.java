package dev.osuv1.sample;

import java.io.PrintStream;
import java.util.List;

import dev.osuv1.OsuV1Client;
import dev.osuv1.sample.command.ApiCall;
import dev.osuv1.sample.command.ClientSession;
import dev.osuv1.sample.command.StartupFailedException;
import dev.osuv1.sample.demo.DemoServerActivator;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application for one command and hands its {@link OsuV1Client} bean to the command. When no
 * {@code osu.v1.token} is configured anywhere, a {@link DemoServerActivator} starts the embedded demo server first
 * and points the application at it.
 */
final class SpringClientSession implements ClientSession {

	private final Class<?> source;

	private final String[] springArgs;

	private final PrintStream err;

	SpringClientSession(Class<?> source, List<String> springArgs, PrintStream err) {
		this.source = source;
		this.springArgs = springArgs.toArray(new String[0]);
		this.err = err;
	}

	@Override
	public <T> @Nullable T run(ApiCall<T> call) {
		SpringApplication application = new SpringApplication(this.source);
		try (DemoServerActivator demo = new DemoServerActivator(this.err)) {
			application.addListeners(demo);
			try (ConfigurableApplicationContext context = start(application)) {
				OsuV1Client client = context.getBeanProvider(OsuV1Client.class).getIfAvailable();
				if (client == null) {
					throw new StartupFailedException("no OsuV1Client bean: set osu.v1.token (for example "
							+ "--osu.v1.token=KEY or the environment variable OSU_V1_TOKEN)");
				}
				return call.fetch(client);
			}
		}
	}

	private ConfigurableApplicationContext start(SpringApplication application) {
		try {
			return application.run(this.springArgs);
		}
		catch (RuntimeException ex) {
			throw new StartupFailedException("the application could not start: " + mostSpecificMessage(ex), ex);
		}
	}

	private static String mostSpecificMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.toString();
	}

}
