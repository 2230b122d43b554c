package org.returnport.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;

/**
 * A Shopify order export imported as it comes, through the API and through the console: order by
 * order, a bad row refuses its whole order with its rows and the reason, and a second import of the
 * same file creates nothing.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OrderImportIT {

  /** An export of four orders in six rows; order #1003 has a quantity "two" on its second row. */
  static final Path SAMPLE = Path.of("../portal-ejb/src/test/resources/shopify/orders_export.csv");

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @Test
  void anIntegrationImportsTheSameExportTwiceAndGetsEachOrderOnce() throws Exception {
    StoreApi store = StoreApi.newStore("Import Shop");
    String csv = Files.readString(SAMPLE);

    JsonObject first =
        StoreApi.json(store.post("/api/v1/orders/import", csv, "Content-Type", "text/csv"));
    JsonObject again =
        StoreApi.json(store.post("/api/v1/orders/import", csv, "Content-Type", "text/csv"));

    assertThat(first.getInt("created")).isEqualTo(3);
    assertThat(first.getInt("rejected")).isEqualTo(1);
    JsonObject refused = first.getJsonArray("refused").getJsonObject(0);
    assertThat(refused.getString("order")).isEqualTo("1003");
    assertThat(refused.getInt("firstRow")).isEqualTo(5);
    assertThat(refused.getInt("lastRow")).isEqualTo(6);
    assertThat(refused.getString("column")).isEqualTo("Lineitem quantity");
    assertThat(refused.getString("message")).isEqualTo("\"two\" is not a number.");
    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(3);
    JsonObject order = StoreApi.json(store.get("/api/v1/orders/1001"));
    assertThat(order.getString("email")).isEqualTo("emma.schmidt@example.com");
    assertThat(order.getJsonArray("lines")).hasSize(2);
    assertThat(store.get("/api/v1/orders/1003").statusCode())
        .as("never half-imported")
        .isEqualTo(404);
  }

  @Test
  void aFileThatIsNotAShopifyExportIsRefusedInTheCallersLanguage() {
    StoreApi store = StoreApi.newStore("Wrong File Shop");

    HttpResponse<String> refused =
        store.post(
            "/api/v1/orders/import",
            "order;mail\n1;a@example.com\n",
            "Content-Type",
            "text/csv",
            "Accept-Language",
            "zh-CN");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(StoreApi.json(refused).getString("title")).startsWith("这不是 Shopify 订单导出文件");
  }

  @Test
  void aMerchantImportsInTheConsoleAndSeesTheProgressAndTheReport() throws Exception {
    StoreApi store = StoreApi.newStore("Console Import Shop");
    WebSession admin = new WebSession();
    admin.signIn(store.merchant().email(), store.merchant().password());

    WebSession.Page page =
        admin.upload(
            admin.get("/console/import.xhtml"),
            "upload",
            "file",
            "orders_export.csv",
            Files.readAllBytes(SAMPLE),
            "start");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (page.text().contains("Importing") && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      page = admin.get(page.uri().getRawPath() + "?" + page.uri().getRawQuery());
    }

    assertThat(page.document().getElementById("state").text()).isEqualTo("Import finished.");
    assertThat(page.document().getElementById("counts").text())
        .isEqualTo("6 rows read: 3 orders new, 0 updated, 0 unchanged, 1 refused.");
    assertThat(page.document().getElementById("problems").text()).contains("5–6").contains("1003");
    assertThat(store.get("/api/v1/orders/1002").statusCode()).isEqualTo(200);
  }
}
