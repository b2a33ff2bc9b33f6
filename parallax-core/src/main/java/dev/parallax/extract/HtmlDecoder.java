package dev.parallax.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML bytes: a byte-order mark wins, then the charset the page declares in its first bytes
 * ({@code <meta charset>} or {@code http-equiv}), then UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252 (what browsers do for undeclared Latin pages). Pages over {@link #MAX_CHARS} are cut there so
 * one huge page cannot exhaust memory.
 */
final class HtmlDecoder {

  /** Characters of HTML kept per page; an article page is far smaller, the rest is scripts or junk. */
  static final int MAX_CHARS = 6 << 20;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private HtmlDecoder() {}

  /** The decoded page and whether it had to be cut. */
  record Decoded(String html, boolean truncated) {}

  static Decoded decode(byte[] bytes) {
    int length = (int) Math.min(bytes.length, (long) MAX_CHARS * 2);
    // Do not cut a UTF-8 character in two: step back over continuation bytes and the lead byte.
    if (length < bytes.length) {
      while (length > 0 && (bytes[length] & 0xC0) == 0x80) length--;
    }
    String text = decodeBytes(bytes, length);
    boolean truncated = length < bytes.length;
    if (text.length() > MAX_CHARS) {
      text = text.substring(0, MAX_CHARS);
      truncated = true;
    }
    return new Decoded(text, truncated);
  }

  private static String decodeBytes(byte[] bytes, int length) {
    if (length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF)
      return new String(bytes, 3, length - 3, StandardCharsets.UTF_8);
    if (length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)
      return new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE);
    if (length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)
      return new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE);
    Charset declared = declaredCharset(bytes, length);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new String(bytes, 0, length, declared);
    }
    String utf8 = strictUtf8(bytes, length);
    if (utf8 != null) return utf8;
    // Declared UTF-8 but not valid: keep UTF-8 with replacement characters when it was declared, since a
    // few bad bytes in a UTF-8 page are far more common than a mislabelled Latin page.
    return declared != null
        ? new String(bytes, 0, length, StandardCharsets.UTF_8)
        : new String(bytes, 0, length, WINDOWS_1252);
  }

  private static Charset declaredCharset(byte[] bytes, int length) {
    String head = new String(bytes, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) return null;
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // Browsers treat these labels as windows-1252, and pages rely on it.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii"))
      return WINDOWS_1252;
    try {
      Charset charset = Charset.forName(name);
      // A page cannot really be UTF-16 if we could read its meta tag as ASCII.
      return charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String strictUtf8(byte[] bytes, int length) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
