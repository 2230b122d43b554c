package org.returnport.it.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.access.StaffRole;
import org.returnport.it.Deployments;
import org.returnport.it.web.Mailbox;
import org.returnport.it.web.NewMerchant;
import org.returnport.it.web.StaffInvitations;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * A warehouse worker at the hub, through the console's intake page: scans a return's RMA, is
 * refused when counting more than was returned, receives the parcel once (a second scan says so),
 * grades and disposes of each unit until the return is inspected, records a discrepancy that asks
 * the shopper; another store's RMA is not found, exactly like an unknown one.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class IntakeIT {

  /** A 2x2 PNG, as a phone's photo would be uploaded. */
  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");

  private static StoreApi store;
  private static NewMerchant packer;
  private static WebSession worker;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @BeforeAll
  static void aStoreAndItsWarehouseWorker() {
    store = IntakeFixtures.store("Intake Hub");
    WebSession owner = new WebSession();
    owner.signIn(store.merchant().email(), store.merchant().password());
    packer = NewMerchant.unique("packer");
    packer.signUp(new WebSession());
    StaffInvitations.invite(owner, packer.email(), StaffRole.WAREHOUSE);
    StaffInvitations.accept(packer);
    worker = signedIn(new WebSession());
  }

  @Test
  void receiveGradeDisposeAndReportADiscrepancy() throws Exception {
    String email = "intake-" + System.nanoTime() + "@example.com";
    String rma = IntakeFixtures.approvedReturn(store, email);

    WebSession.Page parcel = scan(rma);
    assertThat(parcel.uri().getQuery()).isEqualTo("rma=" + rma);
    assertThat(parcel.document().getElementById("status").text()).isEqualTo("Approved");

    WebSession.Page tooMany =
        worker.submit(parcel, "receive", Map.of("lines:0:quantity", "3"), "go");
    assertThat(tooMany.text()).contains("Only 2 of \"Tee\" were returned; 3 cannot be received.");
    assertThat(IntakeFixtures.returnOf(store, rma).getString("status")).isEqualTo("APPROVED");
    assertThat(IntakeFixtures.events(store, "ReturnReceived", rma)).isZero();

    WebSession.Page received =
        worker.submit(
            worker.get(parcel.uri().getPath() + "?" + parcel.uri().getQuery()),
            "receive",
            Map.of("lines:0:quantity", "2"),
            "go");
    assertThat(received.text()).contains("Return " + rma + " received.");
    assertThat(IntakeFixtures.returnOf(store, rma).getString("status")).isEqualTo("RECEIVED");
    var receipt = IntakeFixtures.event(store, "ReturnReceived", rma);
    assertThat(receipt.getInt("itemsReceived")).isEqualTo(2);
    assertThat(receipt.getBoolean("complete")).isTrue();

    WebSession.Page again = scan(rma);
    assertThat(again.text()).contains("Return " + rma + " was already received");
    assertThat(again.document().getElementById("receive")).as("no second receipt").isNull();
    worker.submit(parcel, "receive", Map.of("lines:0:quantity", "2"), "go");
    assertThat(IntakeFixtures.events(store, "ReturnReceived", rma))
        .as("a replayed receipt changes nothing")
        .isEqualTo(1);

    WebSession.Page overGraded =
        worker.upload(
            again,
            "grading",
            Map.of(
                "lines:0:quantity", "3",
                "lines:0:grade", "A",
                "lines:0:disposition", "RESTOCK"),
            null,
            null,
            null,
            "lines:0:save");
    assertThat(overGraded.text()).contains("Only 2 of \"Tee\" are waiting for a grade.");

    WebSession.Page restocked =
        worker.upload(
            overGraded,
            "grading",
            Map.of(
                "lines:0:quantity", "1",
                "lines:0:grade", "A",
                "lines:0:disposition", "RESTOCK"),
            "lines:0:photos",
            "tee.png",
            PNG,
            "lines:0:save");
    assertThat(restocked.text())
        .contains("Grade saved for return " + rma)
        .contains("1 × A As new → Restock");
    assertThat(IntakeFixtures.returnOf(store, rma).getString("status")).isEqualTo("RECEIVED");

    WebSession.Page inspected =
        worker.upload(
            restocked,
            "grading",
            Map.of(
                "lines:0:quantity", "1",
                "lines:0:grade", "C",
                "lines:0:disposition", "REFURBISH",
                "lines:0:note", "Loose seam"),
            null,
            null,
            null,
            "lines:0:save");
    assertThat(inspected.text())
        .contains("Inspection complete")
        .contains("1 × C Damaged → Refurbish · Loose seam");
    assertThat(IntakeFixtures.returnOf(store, rma).getString("status")).isEqualTo("INSPECTED");
    var inspection = IntakeFixtures.event(store, "ReturnInspected", rma);
    assertThat(inspection.getInt("itemsInspected")).isEqualTo(2);
    assertThat(inspection.getInt("restocked")).isEqualTo(1);
    assertThat(inspection.getBoolean("discrepancy")).isFalse();
    assertThat(inspected.document().select("a[href*=intake-photo]")).hasSize(1);

    WebSession.Page reported =
        worker.upload(
            inspected,
            "discrepancy",
            Map.of(
                "kind", "WRONG_ITEM",
                "line", "1",
                "note", "A blue tee came instead of the red one",
                "question", "Did you keep the red tee by mistake?"),
            "photos",
            "box.png",
            PNG,
            "report");
    assertThat(reported.text())
        .contains("The discrepancy of return " + rma + " is recorded")
        .contains("Wrong item")
        .contains("A blue tee came instead of the red one");
    var afterReport = IntakeFixtures.returnOf(store, rma);
    assertThat(afterReport.getString("waitingOn")).isEqualTo("MERCHANT");
    assertThat(Mailbox.text(email, "A message about your return " + rma))
        .contains("Did you keep the red tee by mistake?");

    WebSession owner = new WebSession();
    owner.signIn(store.merchant().email(), store.merchant().password());
    WebSession.Page console = owner.get("/console/return.xhtml?rma=" + rma);
    assertThat(console.document().getElementById("intake").text())
        .contains("Received 2 of 2 items")
        .contains("Wrong item")
        .contains("the shopper was asked");
    assertThat(console.document().getElementById("timeline").text())
        .contains("A blue tee came instead of the red one");
  }

  @Test
  void anotherStoresRmaIsNotFoundLikeAnUnknownOne() {
    StoreApi other = IntakeFixtures.store("Other Hub");
    String theirs =
        IntakeFixtures.approvedReturn(other, "other-" + System.nanoTime() + "@example.com");

    WebSession.Page scanned = scan(theirs);
    WebSession.Page unknown = scan("RMA-22222222");
    assertThat(scanned.text())
        .contains("No return of this store has \"" + theirs + "\".")
        .doesNotContain("Approved");
    assertThat(unknown.text()).contains("No return of this store has \"RMA-22222222\".");
    assertThat(scanned.document().getElementById("rma")).isNull();
    assertThat(worker.get("/console/intake.xhtml?rma=" + theirs).status()).isEqualTo(404);
    assertThat(IntakeFixtures.returnOf(other, theirs).getString("status")).isEqualTo("APPROVED");
  }

  @Test
  void theChineseIntakePageSaysTheSame() {
    String rma = IntakeFixtures.approvedReturn(store, "zh-" + System.nanoTime() + "@example.com");
    WebSession chinese = signedIn(new WebSession("zh-CN"));
    WebSession.Page page = chinese.get("/console/intake.xhtml?rma=" + rma);
    assertThat(page.document().getElementById("status").text()).isEqualTo("已批准");
    WebSession.Page tooMany =
        chinese.submit(page, "receive", Map.of("lines:0:quantity", "5"), "go");
    assertThat(tooMany.text()).contains("“Tee”只退回了 2 件，无法收货 5 件。");
    WebSession.Page unknown =
        chinese.submit(
            chinese.get("/console/intake.xhtml"), "scan", Map.of("code", "RMA-22222222"), "find");
    assertThat(unknown.text()).contains("本店没有与“RMA-22222222”对应的退货。");
  }

  private static WebSession signedIn(WebSession session) {
    session.signIn(packer.email(), packer.password());
    StaffInvitations.chooseStore(session, store.merchant().slug());
    return session;
  }

  private static WebSession.Page scan(String code) {
    return worker.submit(worker.get("/console/intake.xhtml"), "scan", Map.of("code", code), "find");
  }
}
