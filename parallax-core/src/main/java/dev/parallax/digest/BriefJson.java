package dev.parallax.digest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.parallax.brief.Brief;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** A brief as stored: JSON of its records, instants as ISO-8601 text. */
final class BriefJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .registerModule(new SimpleModule("instants")
          .addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
              gen.writeString(value.toString());
            }
          })
          .addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
              return Instant.parse(p.getValueAsString());
            }
          }));

  private BriefJson() {}

  static String write(Brief brief) {
    try {
      return MAPPER.writeValueAsString(brief);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a brief as JSON", e);
    }
  }

  static Brief read(String json) throws IOException {
    return MAPPER.readValue(json, Brief.class);
  }

  static String writeList(List<String> values) {
    try {
      return MAPPER.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a list as JSON", e);
    }
  }

  static List<String> readList(String json) throws IOException {
    return List.of(MAPPER.readValue(json, String[].class));
  }
}
