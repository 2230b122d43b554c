package org.returnport.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompressingResponseTest {

  static final String CSS = ".rp-button { color: var(--rp-on-accent); }\n".repeat(200);

  final Recorded sent = new Recorded();

  @Test
  void compressesTextForAClientThatAcceptsGzipAndDropsTheDeclaredLength() throws IOException {
    var cut = new CompressingResponse(sent.response(), true);

    cut.setContentType("text/css");
    cut.setContentLength(CSS.length());
    cut.getOutputStream().write(CSS.getBytes(StandardCharsets.UTF_8));
    cut.finish();

    assertThat(sent.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(sent.header("Vary")).isEqualTo("Accept-Encoding");
    assertThat(sent.header("Content-Length")).isNull();
    assertThat(gunzip(sent.body.toByteArray())).isEqualTo(CSS);
    assertThat(sent.body.size()).isLessThan(CSS.length() / 10);
  }

  @Test
  void aPageWrittenThroughTheWriterIsCompressedInItsEncoding() throws IOException {
    var cut = new CompressingResponse(sent.response(), true);
    String page = "<p>退货 " + "x".repeat(400) + "</p>";

    cut.setContentType("text/html;charset=UTF-8");
    sent.encoding = "UTF-8";
    cut.getWriter().write(page);
    cut.finish();

    assertThat(gunzip(sent.body.toByteArray())).isEqualTo(page);
  }

  @Test
  void aClientThatDoesNotAcceptGzipGetsTheTextAsItIsAndCachesAreToldItVaries() throws IOException {
    var cut = new CompressingResponse(sent.response(), false);

    cut.setContentType("application/json");
    cut.setContentLength(CSS.length());
    cut.getOutputStream().write(CSS.getBytes(StandardCharsets.UTF_8));
    cut.finish();

    assertThat(sent.header("Content-Encoding")).isNull();
    assertThat(sent.header("Vary")).isEqualTo("Accept-Encoding");
    assertThat(sent.header("Content-Length")).isEqualTo(String.valueOf(CSS.length()));
    assertThat(sent.body.toString(StandardCharsets.UTF_8)).isEqualTo(CSS);
  }

  @ParameterizedTest(name = "{0}, {1} bytes declared, status {2}: sent as it is")
  @CsvSource({
    "image/png, 5000, 200",
    "application/pdf, 5000, 200",
    "text/css, 100, 200",
    "text/html, -1, 304",
    "text/html, -1, 204"
  })
  void imagesSmallBodiesAndAnswersWithoutBodyAreLeftAlone(String type, int length, int status)
      throws IOException {
    var cut = new CompressingResponse(sent.response(), true);
    byte[] body = new byte[Math.max(length, 0)];

    cut.setStatus(status);
    cut.setContentType(type);
    if (length >= 0) {
      cut.setContentLength(length);
    }
    if (body.length > 0) {
      cut.getOutputStream().write(body);
    }
    cut.finish();

    assertThat(sent.header("Content-Encoding")).isNull();
    assertThat(sent.body.toByteArray()).isEqualTo(body);
    if (length >= 0) {
      assertThat(sent.header("Content-Length")).isEqualTo(String.valueOf(length));
    }
  }

  @Test
  void textAlreadyEncodedIsNotEncodedTwice() throws IOException {
    var cut = new CompressingResponse(sent.response(), true);

    cut.setContentType("text/plain");
    cut.setHeader("Content-Encoding", "br");
    cut.getOutputStream().write(CSS.getBytes(StandardCharsets.UTF_8));
    cut.finish();

    assertThat(sent.header("Content-Encoding")).isEqualTo("br");
    assertThat(sent.body.toString(StandardCharsets.UTF_8)).isEqualTo(CSS);
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** What the container would have sent: status, headers and body bytes. */
  static final class Recorded {

    final Map<String, List<String>> headers = new LinkedHashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    int status = 200;
    String contentType;
    String encoding;

    String header(String name) {
      List<String> values = headers.get(name.toLowerCase());
      return values == null ? null : String.join(", ", values);
    }

    HttpServletResponse response() {
      ServletOutputStream stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              body.write(b);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}
          };
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "setHeader" -> {
                      headers.put(
                          ((String) args[0]).toLowerCase(),
                          new ArrayList<>(List.of((String) args[1])));
                      yield null;
                    }
                    case "addHeader" -> {
                      headers
                          .computeIfAbsent(((String) args[0]).toLowerCase(), k -> new ArrayList<>())
                          .add((String) args[1]);
                      yield null;
                    }
                    case "containsHeader" -> headers.containsKey(((String) args[0]).toLowerCase());
                    case "getHeaders" ->
                        headers.getOrDefault(((String) args[0]).toLowerCase(), List.of());
                    case "setContentLengthLong", "setContentLength" -> {
                      headers.put("content-length", new ArrayList<>(List.of(args[0].toString())));
                      yield null;
                    }
                    case "setStatus" -> {
                      status = (Integer) args[0];
                      yield null;
                    }
                    case "getStatus" -> status;
                    case "setContentType" -> {
                      contentType = (String) args[0];
                      yield null;
                    }
                    case "getContentType" -> contentType;
                    case "getCharacterEncoding" -> encoding;
                    case "getOutputStream" -> stream;
                    case "isCommitted" -> false;
                    case "flushBuffer" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                  });
    }
  }
}
