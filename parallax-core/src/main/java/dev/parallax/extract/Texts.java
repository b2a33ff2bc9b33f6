package dev.parallax.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Small text helpers shared by the extractors. */
final class Texts {

  private Texts() {}

  /** Decodes bytes as UTF-8 (dropping a BOM), falling back to Windows-1252 when they are not valid UTF-8. */
  static String decode(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
    }
  }

  /** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
  static String normalizeSpace(String s) {
    return s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
  }
}
