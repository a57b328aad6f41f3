package dev.osuv1.autoconfigure;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.osuv1.OsuV1Client;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * An application using the starter in a JVM of its own, for {@link SharedRedisBudgetTests}: it starts from the
 * properties given as arguments ({@code --osu.v1.token=...}), sends one call to warm up, prints {@code READY}, waits
 * for {@code GO <calls>} on its standard input, sends that many get_user calls at once, and prints {@code DONE <answered> <failed>} once all have
 * finished.
 */
final class SharedBudgetClientProcess {

	private SharedBudgetClientProcess() {
	}

	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ClientApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			OsuV1Client client = context.getBean(OsuV1Client.class);
			// see SharedRedisBudgetTests.warmUp
			client.getUser("warm-up").block(Duration.ofMinutes(1));
			BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			System.out.println("READY");
			String go = input.readLine();
			if (go == null || !go.startsWith("GO ")) {
				throw new IllegalStateException("expected GO <calls>, got " + go);
			}
			Burst burst = Burst.send(client, Integer.parseInt(go.substring(3))).block(Duration.ofMinutes(2));
			System.out.println("DONE " + burst.answered() + " " + burst.failed());
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ OsuV1AutoConfiguration.class, WebClientAutoConfiguration.class })
	static class ClientApplication {

	}

}
