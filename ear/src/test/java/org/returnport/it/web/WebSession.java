package org.returnport.it.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One visitor without a browser: cookies kept, redirects followed, pages parsed, JSF forms and the
 * Keycloak sign-in forms filled in like a person would.
 */
public final class WebSession {

  public static final URI BASE = URI.create("http://localhost:8080");

  private final HttpClient http;
  private final String language;
  private String forwardedFor;

  public WebSession(String language) {
    this.language = language;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new LocalhostCookies())
            .followRedirects(HttpClient.Redirect.ALWAYS)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public WebSession() {
    this("en");
  }

  /**
   * Makes this visitor come from the given address, as a proxy the server trusts tells it ({@code
   * X-Forwarded-For}; the tests' server trusts localhost): for limits per client.
   */
  public WebSession from(String clientAddress) {
    this.forwardedFor = clientAddress;
    return this;
  }

  public Page get(String path) {
    return send(request(BASE.resolve(path)).GET().build());
  }

  /** Fills the fields of the form with the given id and presses the given button. */
  public Page submit(Page page, String formId, Map<String, String> fields, String button) {
    Element form = page.document().getElementById(formId);
    if (form == null) {
      throw new AssertionError("no form " + formId + " on " + page.uri() + ":\n" + page.text());
    }
    if (form.attr("enctype").equalsIgnoreCase("multipart/form-data")) {
      return upload(page, formId, fields, null, null, null, button);
    }
    Map<String, String> values = formValues(form);
    fields.forEach((name, value) -> values.put(formId + ":" + name, value));
    values.put(formId + ":" + button, "x");
    return postForm(page.uri().resolve(form.attr("action")), values);
  }

  /** Uploads a file through a multipart JSF form. */
  public Page upload(
      Page page, String formId, String fileField, String fileName, byte[] content, String button) {
    return upload(page, formId, Map.of(), fileField, fileName, content, button);
  }

  /**
   * Fills the fields and sends a multipart JSF form, with the given file (none when its field is
   * null), as a browser does.
   */
  public Page upload(
      Page page,
      String formId,
      Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] content,
      String button) {
    Element form = page.document().getElementById(formId);
    Map<String, String> values = formValues(form);
    fields.forEach((name, value) -> values.put(formId + ":" + name, value));
    values.put(formId + ":" + button, "x");
    String boundary = "----rp" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    values.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    if (fileField == null) {
      body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return send(
          request(page.uri().resolve(form.attr("action")))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
              .build());
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + formId
                + ":"
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(page.uri().resolve(form.attr("action")))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  /** Signs in through Keycloak's two pages (user name, then password). */
  public Page signIn(String email, String password) {
    return signInAt("/signin", email, password);
  }

  /** Opens a page that asks for a sign-in, and signs in there. */
  public Page signInAt(String path, String email, String password) {
    Page login = get(path);
    Element usernameForm = login.document().selectFirst("form:has(input[name=username])");
    if (usernameForm == null) {
      throw new AssertionError("no sign-in form at " + login.uri() + ":\n" + login.text());
    }
    Page passwordPage = post(login, usernameForm, Map.of("username", email));
    Element passwordForm = passwordPage.document().selectFirst("form:has(input[name=password])");
    if (passwordForm == null) {
      throw new AssertionError(
          "no password form at " + passwordPage.uri() + ":\n" + passwordPage.text());
    }
    return post(passwordPage, passwordForm, Map.of("username", email, "password", password));
  }

  /** Fills and sends a plain HTML form (Keycloak's), the first one matching the CSS query. */
  public Page fill(Page page, String formQuery, Map<String, String> fields) {
    Element form = page.document().selectFirst(formQuery);
    if (form == null) {
      throw new AssertionError("no form " + formQuery + " at " + page.uri() + ":\n" + page.text());
    }
    return post(page, form, fields);
  }

  /** Chooses, on the console's store switch, the store with the given slug. */
  public Page chooseStore(String slug) {
    Page switcher = get("/console/switch.xhtml");
    Element button =
        switcher.document().select("#switch input[type=submit]").stream()
            .filter(input -> input.val().equals(slug))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no store " + slug + ":\n" + switcher.text()));
    return submit(switcher, "switch", Map.of(), button.attr("name").substring("switch:".length()));
  }

  public void signOut() {
    send(request(BASE.resolve("/signout")).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  /** Presses a button of a JSF form and answers the response as it came: a file to download. */
  public HttpResponse<byte[]> download(Page page, String formId, String button) {
    Element form = page.document().getElementById(formId);
    if (form == null) {
      throw new AssertionError("no form " + formId + " on " + page.uri() + ":\n" + page.text());
    }
    Map<String, String> values = formValues(form);
    values.put(formId + ":" + button, "x");
    String body =
        values.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    try {
      return http.send(
          request(page.uri().resolve(form.attr("action")))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  public HttpResponse<byte[]> raw(String path, Map<String, String> headers) {
    HttpRequest.Builder builder = request(BASE.resolve(path)).GET();
    headers.forEach(builder::header);
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Posts one file as a multipart form to the path, with the given headers, as a page's script
   * does; answers the response as it came (after redirects).
   */
  public HttpResponse<String> postFile(
      String path, String field, String fileName, byte[] content, Map<String, String> headers) {
    String boundary = "----rp" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder builder =
        request(BASE.resolve(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    headers.forEach(builder::header);
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private Page post(Page page, Element form, Map<String, String> fields) {
    Map<String, String> values = formValues(form);
    values.putAll(fields);
    return postForm(page.uri().resolve(form.attr("action")), values);
  }

  private Page postForm(URI action, Map<String, String> values) {
    String body =
        values.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(action)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static Map<String, String> formValues(Element form) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Element input : form.select("input[name], select[name]")) {
      String type = input.attr("type");
      if (type.equals("submit") || type.equals("file") || type.equals("checkbox")) {
        continue;
      }
      if (input.tagName().equals("select")) {
        Element selected = input.selectFirst("option[selected]");
        values.put(input.attr("name"), selected == null ? "" : selected.attr("value"));
      } else {
        values.put(input.attr("name"), input.attr("value"));
      }
    }
    for (Element checked : form.select("input[type=checkbox][checked]")) {
      values.put(checked.attr("name"), checked.attr("value"));
    }
    return values;
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Accept-Language", language);
    if (forwardedFor != null) {
      builder.header("X-Forwarded-For", forwardedFor);
    }
    return builder;
  }

  private Page send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Page(
          response.statusCode(),
          response.uri(),
          Jsoup.parse(response.body(), response.uri().toString()));
    } catch (IOException e) {
      throw new AssertionError("request to " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A page as the visitor got it: status, final address after redirects, and content. */
  public record Page(int status, URI uri, Document document) {

    public String title() {
      return document.title();
    }

    public String text() {
      return document.body() == null ? "" : document.body().text();
    }

    /** The message shown next to a field of a JSF form, or "" when there is none. */
    public String fieldError(String formId, String field) {
      Element message = document.getElementById(formId + ":" + field + "Message");
      return message == null ? "" : message.text();
    }
  }
}
