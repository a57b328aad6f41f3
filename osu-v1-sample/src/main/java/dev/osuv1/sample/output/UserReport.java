package dev.osuv1.sample.output;

import java.io.PrintWriter;
import java.util.Locale;

import dev.osuv1.model.Gamemode;
import dev.osuv1.model.User;
import dev.osuv1.model.UserEvent;
import org.jspecify.annotations.Nullable;

/**
 * A user's profile as text: who they are, then their statistics in the mode asked for, or a note that they never
 * played it (the API then sends no statistics, which is not the same as zeros).
 */
public final class UserReport {

	private static final String LABEL = "  %-14s %s%n";

	private UserReport() {
	}

	/**
	 * Prints a user.
	 * @param user the user
	 * @param mode the mode the statistics are for
	 * @param out where to print
	 */
	public static void print(User user, Gamemode mode, PrintWriter out) {
		out.println(user.username() + " (id " + user.userId() + ", " + user.country() + ") in " + mode.apiName()
				+ " mode");
		line(out, "joined", Formats.date(user.joinDate()) + " UTC");
		if (!user.hasStatistics()) {
			out.println("  no statistics: " + user.username() + " never played " + mode.apiName() + " mode");
		}
		else {
			line(out, "pp", Formats.decimal(user.ppRaw(), 2) + " (#" + Formats.number(user.ppRank()) + ", #"
					+ Formats.number(user.ppCountryRank()) + " in " + user.country() + ")");
			line(out, "accuracy", Formats.decimal(user.accuracy(), 2) + "%");
			line(out, "level", Formats.decimal(user.level(), 2));
			line(out, "play count", Formats.number(user.playcount()) + " (" + hours(user.totalSecondsPlayed())
					+ " played)");
			line(out, "ranked score", Formats.number(user.rankedScore()));
			line(out, "total score", Formats.number(user.totalScore()));
			line(out, "hits", Formats.number(user.count300()) + " x 300, " + Formats.number(user.count100())
					+ " x 100, " + Formats.number(user.count50()) + " x 50");
			line(out, "grades", "SS " + Formats.number(user.countRankSs()) + ", silver SS "
					+ Formats.number(user.countRankSsh()) + ", S " + Formats.number(user.countRankS()) + ", silver S "
					+ Formats.number(user.countRankSh()) + ", A " + Formats.number(user.countRankA()));
		}
		line(out, "events", (user.events().isEmpty()) ? "none" : Integer.toString(user.events().size()));
		for (UserEvent event : user.events()) {
			out.println("    " + Formats.date(event.date()) + "  " + plainText(event.displayHtml()));
		}
	}

	private static void line(PrintWriter out, String label, String value) {
		out.printf(Locale.ROOT, LABEL, label, value);
	}

	private static String hours(@Nullable Long seconds) {
		if (seconds == null) {
			return Formats.ABSENT;
		}
		return String.format(Locale.ROOT, "%,dh %02dm", seconds / 3600, (seconds % 3600) / 60);
	}

	private static String plainText(String html) {
		return html.replaceAll("<[^>]*>", "")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#039;", "'")
			.replace("&amp;", "&")
			.strip();
	}

}
