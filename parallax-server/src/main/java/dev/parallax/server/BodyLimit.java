package dev.parallax.server;

import io.javalin.http.ContentTooLargeResponse;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * Caps every request body at a number of bytes as it is read, whether its length was declared or not:
 * Javalin's own limit checks only the Content-Length header, so a chunked body of any size was buffered
 * whole. Reading past the cap ends the request with a 413 (mapped to the stable error body like any other
 * {@link io.javalin.http.HttpResponseException}).
 */
final class BodyLimit implements Filter {

  private final long maxBytes;

  BodyLimit(long maxBytes) {
    if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be > 0, was " + maxBytes);
    this.maxBytes = maxBytes;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request instanceof HttpServletRequest http ? new Limited(http, maxBytes) : request, response);
  }

  private static ContentTooLargeResponse tooLarge(long maxBytes) {
    return new ContentTooLargeResponse("the request body is larger than " + maxBytes + " bytes");
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (getContentLengthLong() > maxBytes) throw tooLarge(maxBytes);
      if (stream == null) stream = new Counted(super.getInputStream(), maxBytes);
      return stream;
    }
  }

  /** The request's stream, refusing to give more than the cap. */
  private static final class Counted extends ServletInputStream {
    private final ServletInputStream in;
    private final long maxBytes;
    private long read;

    Counted(ServletInputStream in, long maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) count(1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) count(n);
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > maxBytes) throw tooLarge(maxBytes);
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
