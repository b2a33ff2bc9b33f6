package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.javalin.http.BadRequestResponse;
import java.nio.charset.StandardCharsets;

/**
 * Bodies an admin client (or anyone holding the token) may send to {@code PUT /api/picks/{id}}: each gives a
 * note of at most {@link PickRequest#MAX_NOTE} characters or a {@link BadRequestResponse} (a 400 with its
 * message); nothing else escapes, so no body ends in a 500.
 */
class PickRequestFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void note(byte[] body) {
    try {
      String note = PickRequest.note(new String(body, StandardCharsets.UTF_8));
      assertThat(note).isNotNull().hasSizeLessThanOrEqualTo(PickRequest.MAX_NOTE);
    } catch (BadRequestResponse e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
