package org.returnport.web.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Sends the page on as it is written and keeps a copy of its bytes for {@link GuestPageCache}, up
 * to a limit (a larger page is sent but not kept). It notes whatever makes the answer personal: a
 * cookie, in particular.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

  private final int limit;
  private final ByteArrayOutputStream copy = new ByteArrayOutputStream(16 * 1024);
  private boolean overflowed;
  private boolean cookie;
  private boolean reset;
  private ServletOutputStream stream;
  private PrintWriter writer;

  CapturingResponse(HttpServletResponse response, int limit) {
    super(response);
    this.limit = limit;
  }

  @Override
  public void addCookie(Cookie added) {
    cookie = true;
    super.addCookie(added);
  }

  @Override
  public void setHeader(String name, String value) {
    noteCookie(name);
    super.setHeader(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    noteCookie(name);
    super.addHeader(name, value);
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was called already");
    }
    if (stream == null) {
      stream = new Tee(super.getOutputStream());
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      if (stream != null) {
        throw new IllegalStateException("getOutputStream() was called already");
      }
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      stream = new Tee(super.getOutputStream());
      writer = new PrintWriter(new OutputStreamWriter(stream, charset));
    }
    return writer;
  }

  @Override
  public void flushBuffer() throws IOException {
    flushWriter();
    super.flushBuffer();
  }

  @Override
  public void reset() {
    super.reset();
    reset = true;
  }

  @Override
  public void resetBuffer() {
    super.resetBuffer();
    reset = true;
  }

  void flushWriter() {
    if (writer != null) {
      writer.flush();
    }
  }

  /** Whether the answer set a cookie (the page was made for this visitor alone). */
  boolean setCookie() {
    return cookie;
  }

  /**
   * The bytes sent, or null when they cannot stand for the answer: too large, or partly thrown away
   * by a reset.
   */
  byte[] body() {
    flushWriter();
    return overflowed || reset ? null : copy.toByteArray();
  }

  private void noteCookie(String name) {
    if ("Set-Cookie".equalsIgnoreCase(name) || "Set-Cookie2".equalsIgnoreCase(name)) {
      cookie = true;
    }
  }

  private final class Tee extends ServletOutputStream {

    private final ServletOutputStream out;

    Tee(ServletOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      keep(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      keep(bytes, offset, length);
    }

    private void keep(byte[] bytes, int offset, int length) {
      if (overflowed) {
        return;
      }
      if (copy.size() + length > limit) {
        overflowed = true;
        copy.reset();
        return;
      }
      copy.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    @Override
    public boolean isReady() {
      return out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      out.setWriteListener(listener);
    }
  }
}
