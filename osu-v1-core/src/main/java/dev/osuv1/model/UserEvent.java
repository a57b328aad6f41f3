package dev.osuv1.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * One entry of a user's recent activity ({@code events} of get_user). The API gives no event type: what happened
 * is only in {@link #displayHtml()}.
 *
 * @param displayHtml the event as HTML with site-relative links
 * @param beatmapId the beatmap the event concerns, 0 when none
 * @param beatmapsetId the beatmap set the event concerns, 0 when none
 * @param date when it happened
 * @param epicfactor how notable the event is, 1 to 32
 */
public record UserEvent(@JsonAlias("display_html") String displayHtml, @JsonAlias("beatmap_id") long beatmapId,
		@JsonAlias("beatmapset_id") long beatmapsetId, Instant date, int epicfactor) {

	/**
	 * Creates an event, reading an absent text as empty.
	 * @param displayHtml the event as HTML with site-relative links
	 * @param beatmapId the beatmap the event concerns, 0 when none
	 * @param beatmapsetId the beatmap set the event concerns, 0 when none
	 * @param date when it happened
	 * @param epicfactor how notable the event is, 1 to 32
	 */
	public UserEvent {
		displayHtml = Absent.text(displayHtml);
		date = Absent.required(date, "date");
	}

}
