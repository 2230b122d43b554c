package org.returnport.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GuestPagesTest {

  static final long SECOND = 1_000_000_000L;

  final AtomicLong now = new AtomicLong(5 * SECOND);

  /** Each store's generation, as the content's changes move it on. */
  final Map<String, Long> generations = new ConcurrentHashMap<>();

  GuestPages cut = pages(100_000, 2 * SECOND);

  GuestPages pages(long maxBytes, long ttl) {
    return new GuestPages(maxBytes, ttl, now::get, store -> generations.getOrDefault(store, 0L));
  }

  void changed(String store) {
    generations.merge(store, 1L, Long::sum);
  }

  @Test
  void aPageIsServedForItsAddressLanguageAndHostOnly() {
    var english = key("demo", "/s/demo/community/t/7-fit", "en");
    cut.put(english, page("topic in English"), cut.generation("demo"));

    assertThat(text(cut.get(english))).isEqualTo("topic in English");
    assertThat(cut.get(key("demo", "/s/demo/community/t/7-fit", "zh-CN"))).isNull();
    assertThat(cut.get(key("demo", "/s/demo/community/t/7-fit?page=2", "en"))).isNull();
    assertThat(
            cut.get(
                new GuestPages.Key(
                    "demo", "brand", "shop.example", "/s/demo/community/t/7-fit", "en")))
        .isNull();
    assertThat(cut.get(key("other", "/s/demo/community/t/7-fit", "en"))).isNull();
  }

  @Test
  void aNewBrandMakesNewPages() {
    cut.put(key("demo", "/s/demo/community", "en"), page("old colours"), cut.generation("demo"));

    assertThat(
            cut.get(
                new GuestPages.Key("demo", "new colours", "localhost", "/s/demo/community", "en")))
        .isNull();
  }

  @Test
  void aPageIsServedForItsTimeToLiveAndNotAfter() {
    var key = key("demo", "/s/demo/community", "en");
    cut.put(key, page("home"), cut.generation("demo"));

    now.addAndGet(2 * SECOND - 1);
    assertThat(cut.get(key)).isNotNull();
    now.addAndGet(1);
    assertThat(cut.get(key)).isNull();
    assertThat(cut.size()).isZero();
    assertThat(cut.bytes()).isZero();
  }

  @Test
  void aChangeOfTheStoresContentMakesItsPagesStaleAtOnceAndNoOtherStores() {
    var demo = key("demo", "/s/demo/community", "en");
    var other = key("other", "/s/other/community", "en");
    cut.put(demo, page("demo"), cut.generation("demo"));
    cut.put(other, page("other"), cut.generation("other"));

    changed("demo");

    assertThat(cut.get(demo)).isNull();
    assertThat(cut.get(other)).isNotNull();
  }

  @Test
  void aPageRenderedBeforeAChangeIsNotKept() {
    var key = key("demo", "/s/demo/community/t/7-fit", "en");
    long before = cut.generation("demo");

    changed("demo");

    assertThat(cut.put(key, page("without the new post"), before)).isFalse();
    assertThat(cut.get(key)).isNull();
    assertThat(cut.put(key, page("with the new post"), cut.generation("demo"))).isTrue();
    assertThat(text(cut.get(key))).isEqualTo("with the new post");
  }

  @Test
  void theMemoryStaysWithinItsBoundAndTheLeastRecentlyReadPagesGoFirst() {
    cut = pages(10_000, 60 * SECOND);
    var first = key("demo", "/s/demo/community/t/1-a", "en");
    var second = key("demo", "/s/demo/community/t/2-b", "en");
    cut.put(first, page("x".repeat(3_000)), 0);
    cut.put(second, page("y".repeat(3_000)), 0);
    assertThat(cut.get(first)).isNotNull(); // read again: the second is now the eldest

    for (int i = 3; i < 20; i++) {
      cut.put(key("demo", "/s/demo/community/t/" + i, "en"), page("z".repeat(1_000)), 0);
      assertThat(cut.bytes()).isLessThanOrEqualTo(10_000);
    }

    assertThat(cut.get(second)).isNull();
    assertThat(cut.size()).isBetween(5, 9);
  }

  @Test
  void aPageLargerThanTheWholeMemoryIsNotKept() {
    cut = pages(1_000, 60 * SECOND);
    var key = key("demo", "/s/demo/community", "en");

    assertThat(cut.put(key, page("x".repeat(2_000)), 0)).isFalse();
    assertThat(cut.get(key)).isNull();
    assertThat(cut.bytes()).isZero();
  }

  @Test
  void aTimeToLiveOfZeroTurnsTheCacheOff() {
    cut = pages(100_000, 0);
    var key = key("demo", "/s/demo/community", "en");

    assertThat(cut.put(key, page("home"), 0)).isFalse();
    assertThat(cut.get(key)).isNull();
  }

  static GuestPages.Key key(String store, String uri, String language) {
    return new GuestPages.Key(store, "brand", "localhost", uri, language);
  }

  static GuestPages.Page page(String text) {
    return new GuestPages.Page(
        text.getBytes(StandardCharsets.UTF_8),
        List.of(new GuestPages.Header("Content-Type", "text/html;charset=UTF-8")),
        null,
        0);
  }

  static String text(GuestPages.Page page) {
    return new String(page.body(), StandardCharsets.UTF_8);
  }
}
