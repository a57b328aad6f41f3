package dev.osuv1.sample.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.User;
import dev.osuv1.query.UserQuery;
import dev.osuv1.query.UserRef;
import dev.osuv1.sample.command.OptionConverters.GamemodeConverter;
import dev.osuv1.sample.command.OptionConverters.UserRefConverter;
import dev.osuv1.sample.output.UserReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import reactor.core.publisher.Flux;

/**
 * {@code user <user>...}: users' profiles and statistics in one mode (get_user). Several users are fetched
 * concurrently, each request going through the client's rate limiter; {@code --json} then prints an array holding
 * {@code null} for each user not found, while a single user prints one object or {@code null}.
 */
@Command(name = "user", description = { "Shows users' profiles and statistics in one mode (get_user).",
		"Several users are fetched at once." })
final class UserCommand extends ApiCommand<List<Optional<User>>> {

	@Parameters(paramLabel = "<user>", arity = "1..*", converter = UserRefConverter.class,
			description = "A user name, or a user id written id:123.")
	private List<UserRef> users = new ArrayList<>();

	@Option(names = "--mode", paramLabel = "M", converter = GamemodeConverter.class,
			description = "osu, taiko, fruits, mania or 0-3 (default: osu).")
	private Gamemode mode = Gamemode.OSU;

	@Option(names = "--event-days", paramLabel = "N",
			description = "Days of recent events to include, 1-31 (default: the API's 1).")
	private @Nullable Integer eventDays;

	@Override
	ApiCall<List<Optional<User>>> prepare() {
		List<UserQuery> queries = this.users.stream()
			.map((user) -> new UserQuery(user, this.mode, this.eventDays))
			.toList();
		return (client) -> Flux.fromIterable(queries)
			.flatMapSequential((query) -> client.getUser(query).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.collectList()
			.block();
	}

	@Override
	void printText(@Nullable List<Optional<User>> result, PrintWriter out) {
		List<Optional<User>> found = (result != null) ? result : List.of();
		for (int i = 0; i < found.size(); i++) {
			if (i > 0) {
				out.println();
			}
			Optional<User> user = found.get(i);
			if (user.isPresent()) {
				UserReport.print(user.get(), this.mode, out);
			}
			else {
				out.println("User " + this.users.get(i) + " not found.");
			}
		}
	}

	@Override
	@Nullable Object jsonOf(@Nullable List<Optional<User>> result) {
		if (result == null) {
			return null;
		}
		List<@Nullable User> users = result.stream().map((user) -> user.orElse(null)).toList();
		return (users.size() == 1) ? users.get(0) : users;
	}

}
