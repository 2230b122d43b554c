package org.returnport.it.community.content;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.community.content.control.MarkdownRenderer;
import org.returnport.community.content.control.Rendered;
import org.returnport.it.Deployments;
import org.returnport.it.web.KeycloakForTests;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Photos for posts and reviews as a member's page uploads them (community-editor.js) and anyone
 * then sees them: kept for a member of the store, served back with the type read from the bytes,
 * refused with a reason for anything that is not a photo or is too large, invisible in another
 * store or without the right token, and never taken from a guest.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CommunityImagesIT {

  static final int KEYCLOAK_PORT = 8190;
  static final String PASSWORD = "member-pass-1";
  static final Map<String, String> SCRIPT = Map.of("X-Requested-With", "XMLHttpRequest");

  static StoreApi store;
  static StoreApi other;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @BeforeAll
  static void stores() {
    store = StoreApi.newStore("Photo Pier");
    other = StoreApi.newStore("Photo Quay");
  }

  @Test
  void aMemberUploadsAPhotoThatAnyoneSeesInThisStoreOnly() throws Exception {
    WebSession member = member(store, "Pia Photo");
    byte[] jpeg = jpeg();

    HttpResponse<String> added =
        member.postFile(path(store, "community/images"), "file", "sweater.jpg", jpeg, SCRIPT);

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonObject answer = StoreApi.json(added);
    String url = answer.getString("url");
    assertThat(url)
        .matches("/s/" + slug(store) + "/community/images/[0-9]+-[A-Za-z0-9_-]{43}\\.jpg");
    assertThat(answer.getString("markdown")).isEqualTo("![photo](" + url + ")");
    Rendered shown =
        new MarkdownRenderer()
            .render(
                "Fits well " + answer.getString("markdown"),
                "/s/" + slug(store) + "/community/images/");
    assertThat(shown.imageIds()).containsExactly(answer.getJsonNumber("id").longValue());
    assertThat(shown.html()).contains("<img src=\"" + url + "\" alt=\"photo\">");

    HttpResponse<byte[]> served = new WebSession().raw(url, Map.of());
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body()).isEqualTo(jpeg);
    assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(served.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            policy -> assertThat(policy).startsWith("default-src 'none'").contains("sandbox"));
    assertThat(served.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(disposition -> assertThat(disposition).startsWith("inline"));
    assertThat(served.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=31536000"));

    String fileName = url.substring(url.lastIndexOf('/') + 1);
    int last = fileName.lastIndexOf('.') - 1;
    String wrongToken =
        fileName.substring(0, last)
            + (fileName.charAt(last) == 'A' ? 'B' : 'A')
            + fileName.substring(last + 1);
    String asPng = fileName.replace(".jpg", ".png");
    for (String elsewhere :
        new String[] {
          path(other, "community/images/" + fileName),
          path(store, "community/images/" + wrongToken),
          path(store, "community/images/" + asPng),
          path(store, "community/images/" + fileName + "x")
        }) {
      assertThat(new WebSession().raw(elsewhere, Map.of()).statusCode())
          .as(elsewhere)
          .isEqualTo(404);
    }
  }

  @Test
  void whatIsNotAPhotoOrTooLargeIsRefusedWithAReasonAndKeepsNothing() throws Exception {
    WebSession member = member(store, "Rex Refused");
    byte[] php = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8);
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    byte[] tooLarge = new byte[5 * 1024 * 1024 + 4096];
    byte[] start = jpeg();
    System.arraycopy(start, 0, tooLarge, 0, start.length);

    HttpResponse<String> script =
        member.postFile(path(store, "community/images"), "file", "shell.jpg", php, SCRIPT);
    HttpResponse<String> page =
        member.postFile(path(store, "community/images"), "file", "page.jpg", html, SCRIPT);
    HttpResponse<String> large =
        member.postFile(path(store, "community/images"), "file", "large.jpg", tooLarge, SCRIPT);
    HttpResponse<String> noScript =
        member.postFile(path(store, "community/images"), "file", "photo.jpg", jpeg(), Map.of());

    assertProblem(script, 422, "Photos must be JPEG, PNG or WebP images.");
    assertProblem(page, 422, "Photos must be JPEG, PNG or WebP images.");
    assertProblem(large, 413, "A photo may be at most 5 MB.");
    assertProblem(
        noScript,
        403,
        "Photos can only be added from this store’s pages. Reload the page and try again.");
  }

  @Test
  void aGuestCannotUpload() throws Exception {
    HttpResponse<String> guest =
        new WebSession()
            .postFile(path(store, "community/images"), "file", "photo.jpg", jpeg(), SCRIPT);

    assertThat(guest.statusCode()).isNotEqualTo(201);
    assertThat(guest.uri().getPort()).as("sent to sign in").isEqualTo(KEYCLOAK_PORT);
  }

  @Test
  void aSignedInPersonWhoDidNotJoinTheStoreCannotUpload() throws Exception {
    String email = "nojoin-" + UUID.randomUUID() + "@example.com";
    KeycloakForTests.createShopper(email, PASSWORD, true);
    WebSession person = new WebSession();
    person.signInAt(path(other, "account"), email, PASSWORD);

    HttpResponse<String> refused =
        person.postFile(path(other, "community/images"), "file", "photo.jpg", jpeg(), SCRIPT);

    assertProblem(refused, 422, "Join this store’s community on your account page to add photos.");
  }

  static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = StoreApi.json(response);
    assertThat(problem.getString("title")).isEqualTo("Photo not added");
    assertThat(problem.getString("detail")).isEqualTo(detail);
  }

  /** A verified account that signed in and joined the store on its account page. */
  static WebSession member(StoreApi store, String name) throws Exception {
    String email = "pics-" + UUID.randomUUID() + "@example.com";
    KeycloakForTests.createShopper(email, PASSWORD, true);
    WebSession member = new WebSession();
    WebSession.Page account = member.signInAt(path(store, "account"), email, PASSWORD);
    WebSession.Page joined =
        member.submit(account, "join", Map.of("displayName", name, "consent", "on"), "go");
    assertThat(joined.text()).contains("Welcome, " + name);
    return member;
  }

  static byte[] jpeg() throws IOException {
    BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 4, Color.ORANGE.getRGB());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  static String slug(StoreApi store) {
    return store.merchant().slug();
  }

  static String path(StoreApi store, String page) {
    return "/s/" + slug(store) + "/" + page;
  }
}
