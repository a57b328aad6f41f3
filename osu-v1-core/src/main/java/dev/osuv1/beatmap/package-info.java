/**
 * Reading {@code .osu} beatmap files ({@link dev.osuv1.beatmap.OsuFile}), as {@code /osu/{id}} serves them: the
 * format version, the main fields of [General], [Metadata] and [Difficulty], and how many timing points and hit objects
 * of each kind the map has. Nothing is drawn or simulated here.
 */
@NullMarked
package dev.osuv1.beatmap;

import org.jspecify.annotations.NullMarked;
