package dev.parallax.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.BadRequestResponse;
import java.util.Iterator;

/**
 * The body of {@code PUT /api/picks/{id}}: nothing, or {@code {"note": "why"}} (a {@code "story"} field, as the
 * answer carries it, is ignored). Anything else is refused with a 400 that says what is wrong, so no body can
 * end in a 500 or be read as something it is not.
 */
final class PickRequest {

  static final int MAX_NOTE = 500;

  private static final ObjectMapper JSON = mapper();

  private PickRequest() {}

  /** The note the body carries, "" when it has none. */
  static String note(String body) {
    if (body == null || body.isBlank()) return "";
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new BadRequestResponse("body is not JSON like {\"note\": \"why\"}: " + firstLine(e.getOriginalMessage()));
    }
    if (node == null || !node.isObject())
      throw new BadRequestResponse("body must be a JSON object like {\"note\": \"why\"}, got " + kind(node));
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("note") && !name.equals("story"))
        throw new BadRequestResponse("unknown field \"" + abbreviate(name) + "\": the body takes only \"note\"");
    }
    JsonNode note = node.get("note");
    if (note == null || note.isNull()) return "";
    if (!note.isTextual()) throw new BadRequestResponse("\"note\" must be a string, got " + kind(note));
    if (note.textValue().length() > MAX_NOTE)
      throw new BadRequestResponse("note is longer than " + MAX_NOTE + " characters");
    return note.textValue();
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) return "nothing";
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case STRING -> "a string";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return abbreviate(nl < 0 ? s : s.substring(0, nl));
  }

  private static ObjectMapper mapper() {
    JsonMapper m = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20).build());
    return m;
  }
}
