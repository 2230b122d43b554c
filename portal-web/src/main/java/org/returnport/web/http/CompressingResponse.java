package org.returnport.web.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * A response that decides at its first byte whether to compress: only text types, only when the
 * client accepts gzip, nothing already encoded, nothing without a body. Until then it holds back a
 * declared length, which no longer holds once the body is compressed; every compressible answer
 * says it varies by Accept-Encoding, so that caches keep both forms apart.
 */
final class CompressingResponse extends HttpServletResponseWrapper {

  static final Set<String> COMPRESSIBLE =
      Set.of(
          "text/html",
          "text/css",
          "text/javascript",
          "text/plain",
          "text/csv",
          "text/xml",
          "application/javascript",
          "application/json",
          "application/problem+json",
          "application/xml",
          "application/yaml",
          "image/svg+xml");

  /** Below this, the gzip header and the work cost more than they save. */
  static final int MIN_LENGTH = 256;

  private final boolean accepted;
  private Boolean compressing;
  private long declaredLength = -1;
  private GZIPOutputStream gzip;
  private boolean finished;
  private ServletOutputStream stream;
  private PrintWriter writer;

  CompressingResponse(HttpServletResponse response, boolean accepted) {
    super(response);
    this.accepted = accepted;
  }

  @Override
  public void setContentLength(int length) {
    setContentLengthLong(length);
  }

  @Override
  public void setContentLengthLong(long length) {
    if (compressing == null) {
      declaredLength = length;
    } else if (!compressing) {
      super.setContentLengthLong(length);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if ("Content-Length".equalsIgnoreCase(name)) {
      setContentLengthLong(Long.parseLong(value.strip()));
    } else {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if ("Content-Length".equalsIgnoreCase(name)) {
      setContentLengthLong(Long.parseLong(value.strip()));
    } else {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setContentType(String type) {
    super.setContentType(type);
    if (compressing == null && isCompressible(type)) {
      varyByEncoding();
    }
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was called already");
    }
    if (stream == null) {
      stream = new Stream(super.getOutputStream());
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
      stream = new Stream(super.getOutputStream());
      writer = new PrintWriter(new OutputStreamWriter(stream, charset));
    }
    return writer;
  }

  @Override
  public void flushBuffer() throws IOException {
    if (writer != null) {
      writer.flush();
    } else if (stream != null) {
      stream.flush();
    }
    super.flushBuffer();
  }

  @Override
  public void reset() {
    super.reset();
    if (compressing != null && compressing) {
      throw new IllegalStateException("the compressed body has begun");
    }
    compressing = null;
    declaredLength = -1;
  }

  @Override
  public void resetBuffer() {
    super.resetBuffer();
    if (compressing != null && compressing) {
      throw new IllegalStateException("the compressed body has begun");
    }
  }

  /** Ends the compressed body, or passes on the length of a body that was never written. */
  void finish() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    endBody();
  }

  private void endBody() throws IOException {
    if (finished) {
      return;
    }
    finished = true;
    if (compressing == null) {
      if (declaredLength >= 0 && !isCommitted()) {
        super.setContentLengthLong(declaredLength);
      }
    } else if (gzip != null) {
      gzip.finish();
    }
  }

  private boolean decide() {
    if (compressing == null) {
      int status = getStatus();
      compressing =
          accepted
              && status != SC_NO_CONTENT
              && status != SC_NOT_MODIFIED
              && !isCommitted()
              && !containsHeader("Content-Encoding")
              && isCompressible(getContentType())
              && (declaredLength < 0 || declaredLength >= MIN_LENGTH);
      if (compressing) {
        varyByEncoding();
        super.setHeader("Content-Encoding", "gzip");
      } else if (declaredLength >= 0) {
        super.setContentLengthLong(declaredLength);
      }
    }
    return compressing;
  }

  private void varyByEncoding() {
    var vary = getHeaders("Vary");
    if (vary.stream().noneMatch(v -> v.toLowerCase(Locale.ROOT).contains("accept-encoding"))) {
      super.addHeader("Vary", "Accept-Encoding");
    }
  }

  static boolean isCompressible(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return COMPRESSIBLE.contains(type);
  }

  /** Writes through gzip once the first byte has decided for it, straight through otherwise. */
  private final class Stream extends ServletOutputStream {

    private final ServletOutputStream out;

    Stream(ServletOutputStream out) {
      this.out = out;
    }

    private java.io.OutputStream target() throws IOException {
      if (!decide()) {
        return out;
      }
      if (gzip == null) {
        gzip = new GZIPOutputStream(out, 8192, true);
      }
      return gzip;
    }

    @Override
    public void write(int b) throws IOException {
      target().write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (length > 0) {
        target().write(bytes, offset, length);
      }
    }

    @Override
    public void flush() throws IOException {
      if (gzip != null) {
        gzip.flush();
      }
      out.flush();
    }

    @Override
    public void close() throws IOException {
      endBody();
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
