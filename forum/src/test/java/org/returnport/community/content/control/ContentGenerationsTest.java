package org.returnport.community.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.returnport.community.content.ContentChanged;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.events.PostMarkedHelpful;
import org.returnport.tenancy.CurrentTenant;

class ContentGenerationsTest {

  final ContentGenerations cut = new ContentGenerations();

  ContentGenerationsTest() {
    cut.currentTenant = new CurrentTenant();
  }

  @Test
  void aChangeInAStoreMovesThatStoresNumberOnAndNoOther() {
    long demo = cut.generation("demo");
    long other = cut.generation("other");
    cut.currentTenant.enter(new CurrentTenant.TenantRef(7L, "demo"));

    cut.contentChanged(changed());

    assertThat(cut.generation("demo")).isGreaterThan(demo);
    assertThat(cut.generation("other")).isEqualTo(other);
  }

  @Test
  void aPostMarkedHelpfulNamesItsStore() {
    long demo = cut.generation("demo");

    cut.markedHelpful(
        new PostMarkedHelpful(
            new CurrentTenant.TenantRef(7L, "demo"),
            UUID.randomUUID(),
            Instant.now(),
            PostMarkedHelpful.Kind.POST,
            12,
            3,
            4));

    assertThat(cut.generation("demo")).isGreaterThan(demo);
  }

  @Test
  void aChangeWhoseStoreIsNotKnownMovesEveryStoreOn() {
    List<String> stores = List.of("demo", "other");
    long[] before = stores.stream().mapToLong(cut::generation).toArray();

    cut.contentChanged(changed());

    for (int i = 0; i < stores.size(); i++) {
      assertThat(cut.generation(stores.get(i))).isGreaterThan(before[i]);
    }
  }

  private static ContentChanged changed() {
    return new ContentChanged(
        new ContentRef(ContentKind.POST, 12),
        true,
        "Fit of the sweater",
        "Runs small.",
        3,
        Instant.now(),
        "community/t/5-fit-of-the-sweater#p12");
  }
}
