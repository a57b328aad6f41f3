package dev.osuv1;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.like;

/**
 * A WireMock extension that answers get_beatmaps with {@code since} the way the API does, from a made-up list of
 * approved maps: the first page of maps approved after {@code since} (or, read as inclusive, at or after it), by
 * approved date. Each map is one row of {@code responses/beatmaps.json} with its own id and approved date.
 */
final class SinceServer implements ResponseDefinitionTransformerV2 {

	static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private static final String TEMPLATE = template();

	/** One map: its id and approved date. */
	record Map(long id, Instant approved) {
	}

	private volatile List<Map> maps = List.of();

	private volatile int pageSize = 500;

	private volatile boolean inclusive;

	/**
	 * Serves maps 1 to {@code count}, approved one second apart from {@code start}, except for the batches given as
	 * {@code {first, last}} ids, whose maps all share the approved date of their first.
	 */
	List<Map> serve(Instant start, int count, int pageSize, boolean inclusive, int[]... batches) {
		List<Map> maps = new ArrayList<>();
		Instant approved = start;
		for (int id = 1; id <= count; id++) {
			if (id > 1 && !inBatchAfterItsFirst(id, batches)) {
				approved = approved.plusSeconds(1);
			}
			maps.add(new Map(id, approved));
		}
		this.maps = List.copyOf(maps);
		this.pageSize = pageSize;
		this.inclusive = inclusive;
		return this.maps;
	}

	private static boolean inBatchAfterItsFirst(int id, int[][] batches) {
		for (int[] batch : batches) {
			if (id > batch[0] && id <= batch[1]) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String getName() {
		return "since-pages";
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		QueryParameter since = serveEvent.getRequest().queryParameter("since");
		if (!since.isPresent()) {
			return like(serveEvent.getResponseDefinition()).withStatus(400).withBody("no since").build();
		}
		Instant from = LocalDateTime.parse(since.firstValue(), SINCE).toInstant(ZoneOffset.UTC);
		List<Map> page = this.maps.stream()
			.filter((map) -> this.inclusive ? !map.approved().isBefore(from) : map.approved().isAfter(from))
			.limit(this.pageSize)
			.toList();
		return like(serveEvent.getResponseDefinition()).withStatus(200)
			.withHeader("Content-Type", "application/json; charset=UTF-8")
			.withBody(json(page))
			.build();
	}

	static String json(List<Map> page) {
		return page.stream().map(SinceServer::row).collect(Collectors.joining(",", "[", "]"));
	}

	static String row(Map map) {
		return TEMPLATE.replace("\"beatmap_id\":\"131891\"", "\"beatmap_id\":\"" + map.id() + "\"")
			.replace("\"approved_date\":\"2012-02-19 05:51:54\"",
					"\"approved_date\":\"" + WIRE.format(map.approved()) + "\"");
	}

	private static String template() {
		String all = TestResponses.text("beatmaps.json");
		return all.substring(all.indexOf('{'), all.indexOf('}') + 1);
	}

}
