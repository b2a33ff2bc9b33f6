package dev.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes (ending at {@code \n}, a trailing {@code \r} dropped) and keeps at most
 * {@code maxLineBytes} of each, so one endless line costs a bounded buffer however long it is. Bytes are not
 * decoded here: whether a line is valid text is the reader's call, with its line number at hand.
 */
final class LineSplitter {

  /**
   * One line: the first {@code length} bytes of {@code bytes} (a buffer reused for the next line), its
   * 1-based number, and whether it was longer than the limit (then {@code bytes} holds only its start).
   */
  record Line(byte[] bytes, int length, int number, boolean truncated) {}

  private final InputStream in;
  private final int max;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkStart;
  private int chunkEnd;
  private byte[] line = new byte[256];
  private int number;
  private boolean eof;

  LineSplitter(InputStream in, long maxLineBytes) {
    if (maxLineBytes <= 0) throw new IllegalArgumentException("maxLineBytes must be > 0: " + maxLineBytes);
    this.in = in;
    this.max = (int) Math.min(maxLineBytes, Integer.MAX_VALUE - 8);
  }

  /** The number of the last line returned (0 before the first). */
  int number() {
    return number;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    int length = 0;
    boolean truncated = false;
    boolean any = false;
    while (true) {
      if (chunkStart == chunkEnd) {
        if (eof) break;
        int n = in.read(chunk);
        if (n < 0) {
          eof = true;
          break;
        }
        chunkStart = 0;
        chunkEnd = n;
        continue;
      }
      any = true;
      int i = chunkStart;
      while (i < chunkEnd && chunk[i] != '\n') i++;
      int take = Math.min(i - chunkStart, max - length);
      if (take < i - chunkStart) truncated = true;
      if (take > 0) {
        if (length + take > line.length)
          line = Arrays.copyOf(line, Math.min(max, Math.max(length + take, line.length * 2)));
        System.arraycopy(chunk, chunkStart, line, length, take);
        length += take;
      }
      boolean ended = i < chunkEnd;
      chunkStart = ended ? i + 1 : chunkEnd;
      if (ended) break;
    }
    if (!any) return null;
    if (length > 0 && line[length - 1] == '\r' && !truncated) length--;
    return new Line(line, length, ++number, truncated);
  }
}
