package org.returnport.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.returnport.community.content.control.MarkdownRenderer;
import org.returnport.community.content.control.Rendered;
import org.returnport.community.forum.control.Addresses;
import org.returnport.community.search.control.DocumentTerms;
import org.returnport.community.search.entity.SearchDocument;

/**
 * The community benchmark's data set, written straight into the run command's database with batch
 * inserts: {@code stores} stores ({@code bench-0001}…), each with members, a category and its
 * topics, together {@code posts} posts; the first store's first topic has {@code topicPosts} posts
 * (the long topic the reading benchmark opens). Posts say one of a few texts in English and
 * Chinese, each rendered once by the forum's own renderer and stored with the post, as the forum
 * stores it. Stores are written one transaction each and skipped when they are complete, so a
 * second run (or one after an interruption) only adds what is missing. The first stores are then
 * indexed for search as the forum indexes a published post, since the seeder bypasses the event
 * that does it.
 *
 * <p>Stores are copies of the demo store's row (so columns added later keep valid values); for the
 * community's own tables, a NOT NULL column without default that this seeder does not know (a later
 * migration's) gets its type's neutral value, and the seeder says which.
 */
final class CommunitySeed {

  static final String PREFIX = "bench-";
  static final int MEMBERS = 20;
  static final String BIG_TOPIC_TITLE = "Benchmark: a long topic about the fit of the sweater";

  /**
   * The text the first version of this seeder gave every post (English only); a data set written
   * then gets the mixed texts below in the stores that are indexed, so that search finds both
   * languages there.
   */
  static final String OLD_MARKDOWN =
      "The sweater runs **small** around the shoulders; I ordered my usual size and sent it back"
          + " for one size up, which fits. Fabric is soft and the colour is as on the photos. The"
          + " return was easy: label in the e-mail, refund three days after the parcel arrived.";

  /**
   * What seeded posts say, in turn: each in English and Chinese, as the stores' members write. The
   * search part asks for words and Chinese pairs that occur here ({@link #ENGLISH_QUERIES}, {@link
   * #CHINESE_QUERIES}).
   */
  static final List<String> MARKDOWN =
      List.of(
          "The sweater runs **small** around the shoulders; I ordered my usual size and sent it"
              + " back for one size up, which fits. 这件毛衣尺码偏小，肩膀有点紧，换了大一码以后很合身。",
          "The jacket is warm and the zipper feels solid. 夹克很保暖，拉链质量很好。The refund came"
              + " three days after the parcel arrived, 退货很方便。",
          "These boots are comfortable from the first day and the leather is soft."
              + " 靴子第一天就很舒服，皮质柔软，尺码标准。",
          "The dress colour is as on the photos and the fabric is light."
              + " 裙子颜色和照片一样，面料轻薄，夏天穿正好。",
          "The return was easy: label in the e-mail, refund three days after the parcel arrived."
              + " 退货很方便：邮件里有标签，包裹到了三天就退款了。",
          "The jeans run large at the waist, so order one size down. 牛仔裤腰围偏大，建议买小一码，面料很厚实。");

  /** Questions whose words occur in {@link #MARKDOWN}. */
  static final List<String> ENGLISH_QUERIES =
      List.of("sweater shoulders", "refund", "leather boots", "fabric", "size");

  /** Chinese questions whose pairs of characters occur in {@link #MARKDOWN}. */
  static final List<String> CHINESE_QUERIES = List.of("尺码偏小", "退货", "退款", "面料", "很方便");

  /** The first stores, which the seeder indexes for search (the search part asks the first). */
  static final int INDEXED_STORES = 10;

  private final List<Rendered> rendered =
      MARKDOWN.stream().map(text -> new MarkdownRenderer().render(text, "")).toList();

  private final Connection db;
  private final Map<String, Map<String, String>> unknown = new LinkedHashMap<>();

  CommunitySeed(Connection db) {
    this.db = db;
  }

  record Seeded(long bigTopicId, String bigTopicSlug, long storeId) {}

  /**
   * Writes what is missing and indexes the first {@code indexed} stores; answers the long topic.
   */
  Seeded seed(int stores, int posts, int topicPosts, int indexed) throws SQLException {
    Instant start = Instant.now();
    int perStore = posts / stores;
    int written = 0;
    int skipped = 0;
    for (int s = 1; s <= stores; s++) {
      String slug = slug(s);
      long tenant = tenant(slug, s);
      if (count("SELECT COUNT(*) FROM COMMUNITY_TOPIC WHERE TENANT_ID = " + tenant) > 0) {
        skipped++;
        continue;
      }
      seedStore(tenant, s == 1 ? topicPosts : 0, perStore);
      written++;
      if (written % 50 == 0) {
        System.out.printf(
            "  %,d stores written (%,d were complete) in %d s%n",
            written, skipped, Duration.between(start, Instant.now()).toSeconds());
      }
    }
    unknown.forEach(
        (table, columns) ->
            columns.forEach(
                (column, value) ->
                    System.out.printf(
                        "  note: %s.%s is NOT NULL and unknown to the seeder; written as %s%n",
                        table, column, value)));
    System.out.printf(
        "Seed: %,d stores written, %,d already complete, in %.1f s%n",
        written, skipped, Duration.between(start, Instant.now()).toMillis() / 1000.0);
    Instant indexing = Instant.now();
    int documents = 0;
    for (int s = 1; s <= Math.min(stores, indexed); s++) {
      documents += index(tenant(slug(s), s), slug(s));
    }
    System.out.printf(
        "Search index: stores %s to %s, %,d posts indexed now (the others were), in %.1f s%n",
        slug(1),
        slug(Math.min(stores, indexed)),
        documents,
        Duration.between(indexing, Instant.now()).toMillis() / 1000.0);
    return find();
  }

  /** The long topic of a data set written before. */
  Seeded find() throws SQLException {
    long first = count("SELECT COALESCE(MAX(ID), 0) FROM TENANT WHERE SLUG = '" + slug(1) + "'");
    if (first == 0) {
      throw new IllegalStateException("no data set yet: run the benchmark with its seed part");
    }
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT ID, SLUG FROM COMMUNITY_TOPIC WHERE TENANT_ID = ? AND TITLE = ? ORDER BY ID")) {
      query.setLong(1, first);
      query.setString(2, BIG_TOPIC_TITLE);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return new Seeded(row.getLong(1), row.getString(2), first);
      }
    }
  }

  static String slug(int store) {
    return String.format(Locale.ROOT, "%s%04d", PREFIX, store);
  }

  /** The store, as a copy of the demo store's row under its own slug and name. */
  private long tenant(String slug, int number) throws SQLException {
    long id = count("SELECT COALESCE(MAX(ID), 0) FROM TENANT WHERE SLUG = '" + slug + "'");
    if (id > 0) {
      return id;
    }
    List<String> columns = columns("TENANT");
    Map<String, String> replaced =
        Map.of(
            "SLUG", "?",
            "DISPLAY_NAME", "?",
            "CONTACT_EMAIL", "?",
            "KEYCLOAK_ORGANIZATION_ID", "NULL",
            "OWNER_USER_ID", "NULL",
            "CREATED_AT", "UTC_TIMESTAMP(6)",
            "VERIFIED_AT", "UTC_TIMESTAMP(6)",
            "STATUS", "'ACTIVE'",
            "VERSION", "0");
    List<String> kept = columns.stream().filter(c -> !c.equals("ID")).toList();
    String select = String.join(", ", kept.stream().map(c -> replaced.getOrDefault(c, c)).toList());
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO TENANT ("
                + String.join(", ", kept)
                + ") SELECT "
                + select
                + " FROM TENANT WHERE SLUG = 'demo'")) {
      int parameter = 1;
      for (String column : kept) {
        switch (column) {
          case "SLUG" -> insert.setString(parameter++, slug);
          case "DISPLAY_NAME" -> insert.setString(parameter++, "Bench store " + number);
          case "CONTACT_EMAIL" -> insert.setString(parameter++, slug + "@example.com");
          default -> {}
        }
      }
      if (insert.executeUpdate() != 1) {
        throw new IllegalStateException("no demo store to copy: start the run command first");
      }
    }
    return count("SELECT ID FROM TENANT WHERE SLUG = '" + slug + "'");
  }

  private void seedStore(long tenant, int bigTopic, int perStore) throws SQLException {
    db.setAutoCommit(false);
    try {
      LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
      Batch members = batch("STORE_MEMBER");
      for (int m = 1; m <= MEMBERS; m++) {
        members.row(
            Map.ofEntries(
                Map.entry("TENANT_ID", tenant),
                Map.entry("KEYCLOAK_USER_ID", UUID.randomUUID().toString()),
                Map.entry("EMAIL", "member" + m + "-" + tenant + "@example.com"),
                Map.entry("DISPLAY_NAME", "Member " + m),
                Map.entry("DISPLAY_KEY", "member " + m),
                Map.entry("LANGUAGE", m % 3 == 0 ? "zh-CN" : "en"),
                Map.entry("MAIL_RETURNS", false),
                Map.entry("MAIL_COMMUNITY", false),
                Map.entry("MAIL_POINTS", false),
                Map.entry("JOINED_AT", now),
                Map.entry("CONSENT_AT", now),
                Map.entry("VERSION", 0)));
      }
      members.run();
      List<Long> memberIds = ids("STORE_MEMBER", tenant);
      batch("COMMUNITY_CATEGORY")
          .row(Map.of("TENANT_ID", tenant, "CODE", "general", "POSITION", 1, "VERSION", 0))
          .run();
      long category = ids("COMMUNITY_CATEGORY", tenant).get(0);

      List<Integer> sizes = new ArrayList<>();
      int left = perStore;
      if (bigTopic > 0) {
        sizes.add(bigTopic);
        left -= bigTopic;
      }
      while (left > 0) {
        int size = Math.min(20, left);
        sizes.add(size);
        left -= size;
      }
      Batch topics = batch("COMMUNITY_TOPIC");
      for (int t = 0; t < sizes.size(); t++) {
        boolean big = bigTopic > 0 && t == 0;
        topics.row(
            Map.ofEntries(
                Map.entry("TENANT_ID", tenant),
                Map.entry("CATEGORY_ID", category),
                Map.entry(
                    "TITLE", big ? BIG_TOPIC_TITLE : "How does the jacket fit? 夹克合身吗？(" + t + ")"),
                Map.entry(
                    "SLUG",
                    big
                        ? "a-long-topic-about-the-fit-of-the-sweater"
                        : "how-does-the-jacket-fit-" + t),
                Map.entry("AUTHOR_MEMBER_ID", memberIds.get(t % memberIds.size())),
                Map.entry("CREATED_AT", now.minusDays(30)),
                Map.entry("LAST_POST_AT", now.minusMinutes(t)),
                Map.entry("LAST_NUMBER", sizes.get(t)),
                Map.entry("PINNED", false),
                Map.entry("LOCKED", false),
                Map.entry("VERSION", 0)));
      }
      topics.run();
      List<Long> topicIds = ids("COMMUNITY_TOPIC", tenant);
      Batch posts = batch("COMMUNITY_POST");
      for (int t = 0; t < topicIds.size(); t++) {
        for (int n = 1; n <= sizes.get(t); n++) {
          posts.row(
              Map.ofEntries(
                  Map.entry("TENANT_ID", tenant),
                  Map.entry("TOPIC_ID", topicIds.get(t)),
                  Map.entry("NUMBER", n),
                  Map.entry("AUTHOR_MEMBER_ID", memberIds.get((t + n) % memberIds.size())),
                  Map.entry("MARKDOWN", MARKDOWN.get((t + n) % MARKDOWN.size())),
                  Map.entry("HTML", rendered.get((t + n) % MARKDOWN.size()).html()),
                  Map.entry("STATE", "PUBLISHED"),
                  Map.entry("HELPFUL_COUNT", 0),
                  Map.entry("CREATED_AT", now.minusDays(30).plusMinutes(n)),
                  Map.entry("VERSION", 0)));
        }
      }
      posts.run();
      db.commit();
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }

  /**
   * Indexes the store's visible posts that have no search document yet, as the forum's {@code
   * SearchIndexer} does when a post is published (the seeder writes past the event that drives it):
   * a TOPIC document for a topic's first post, with the topic's title, a POST document for a reply,
   * the post's address and plain text, and the terms {@link DocumentTerms} makes of them (the same
   * tokenizer, title weight and cap per document). One transaction per store, so an interrupted run
   * leaves a store indexed or not, and the next run indexes only what is missing. Posts that still
   * have the first seeder's English-only text get the mixed texts first.
   */
  private int index(long tenant, String slug) throws SQLException {
    db.setAutoCommit(false);
    try {
      for (int v = 0; v < MARKDOWN.size(); v++) {
        try (PreparedStatement update =
            db.prepareStatement(
                "UPDATE COMMUNITY_POST SET MARKDOWN = ?, HTML = ? WHERE TENANT_ID = ? AND MARKDOWN"
                    + " = ? AND MOD(NUMBER, ?) = ?")) {
          update.setString(1, MARKDOWN.get(v));
          update.setString(2, rendered.get(v).html());
          update.setLong(3, tenant);
          update.setString(4, OLD_MARKDOWN);
          update.setInt(5, MARKDOWN.size());
          update.setInt(6, v);
          update.executeUpdate();
        }
      }
      String imageBase = "/s/" + slug + "/community/images/";
      Map<String, String> plainTexts = new HashMap<>();
      Map<Long, DocumentTerms> terms = new LinkedHashMap<>();
      Batch documents = batch("COMMUNITY_SEARCH_DOC");
      try (PreparedStatement query =
              db.prepareStatement(
                  "SELECT p.ID, p.NUMBER, p.MARKDOWN, p.CREATED_AT, t.ID, t.SLUG, t.TITLE"
                      + " FROM COMMUNITY_POST p JOIN COMMUNITY_TOPIC t ON t.ID = p.TOPIC_ID"
                      + " LEFT JOIN COMMUNITY_SEARCH_DOC d ON d.TENANT_ID = p.TENANT_ID"
                      + " AND d.REF_KIND = 'POST' AND d.REF_ID = p.ID"
                      + " WHERE p.TENANT_ID = ? AND p.STATE = 'PUBLISHED' AND d.ID IS NULL");
          ResultSet rows = executed(query, tenant)) {
        while (rows.next()) {
          long post = rows.getLong(1);
          int number = rows.getInt(2);
          String text =
              plainTexts.computeIfAbsent(
                  rows.getString(3),
                  markdown -> new MarkdownRenderer().render(markdown, imageBase).plainText());
          LocalDateTime created = rows.getObject(4, LocalDateTime.class);
          String title = number == 1 ? rows.getString(7) : null;
          DocumentTerms document = DocumentTerms.of(title, text);
          terms.put(post, document);
          Map<String, Object> row = new HashMap<>();
          row.put("TENANT_ID", tenant);
          row.put("REF_KIND", "POST");
          row.put("REF_ID", post);
          row.put("KIND", title == null ? "POST" : "TOPIC");
          row.put("TITLE", cut(title, SearchDocument.TITLE_MAX));
          row.put("BODY", cut(text, SearchDocument.BODY_MAX));
          row.put("PATH", Addresses.post(rows.getLong(5), rows.getString(6), number));
          row.put("CREATED_AT", created);
          row.put("CREATED_DAY", (int) created.toLocalDate().toEpochDay());
          row.put("LENGTH", document.length());
          documents.row(row);
        }
      }
      documents.run();
      Map<Long, Long> documentIds = new HashMap<>();
      try (PreparedStatement query =
              db.prepareStatement(
                  "SELECT REF_ID, ID FROM COMMUNITY_SEARCH_DOC WHERE TENANT_ID = ?"
                      + " AND REF_KIND = 'POST'");
          ResultSet rows = executed(query, tenant)) {
        while (rows.next()) {
          documentIds.put(rows.getLong(1), rows.getLong(2));
        }
      }
      Batch termRows = batch("COMMUNITY_SEARCH_TERM");
      for (var document : terms.entrySet()) {
        long documentId = documentIds.get(document.getKey());
        for (var term : document.getValue().frequencies().entrySet()) {
          termRows.row(
              Map.of(
                  "TENANT_ID",
                  tenant,
                  "TERM",
                  term.getKey(),
                  "DOC_ID",
                  documentId,
                  "FREQ",
                  term.getValue()));
        }
      }
      termRows.run();
      db.commit();
      return terms.size();
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }

  /** As the search document keeps a title or text: cut to its column, never inside a pair. */
  private static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
  }

  private List<Long> ids(String table, long tenant) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement query =
            db.prepareStatement("SELECT ID FROM " + table + " WHERE TENANT_ID = ? ORDER BY ID");
        ResultSet rows = executed(query, tenant)) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  private static ResultSet executed(PreparedStatement query, long tenant) throws SQLException {
    query.setLong(1, tenant);
    return query.executeQuery();
  }

  private long count(String sql) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      return row.next() ? row.getLong(1) : 0;
    }
  }

  private List<String> columns(String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columns.add(rows.getString(1).toUpperCase(Locale.ROOT));
        }
      }
    }
    return columns;
  }

  /**
   * A batch insert of the given columns plus every NOT NULL column without default that the seeder
   * does not know, each with its type's neutral value.
   */
  private Batch batch(String table) throws SQLException {
    Map<String, Object> extra = new LinkedHashMap<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT COLUMN_NAME, DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA ="
                + " DATABASE() AND TABLE_NAME = ? AND IS_NULLABLE = 'NO' AND COLUMN_DEFAULT IS"
                + " NULL AND EXTRA NOT LIKE '%auto_increment%'")) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          extra.put(rows.getString(1).toUpperCase(Locale.ROOT), neutral(rows.getString(2)));
        }
      }
    }
    return new Batch(table, extra);
  }

  private static Object neutral(String type) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "datetime", "timestamp", "date" -> LocalDateTime.now(ZoneOffset.UTC);
      case "tinyint", "smallint", "int", "bigint", "decimal", "double", "float", "bit" -> 0;
      default -> "";
    };
  }

  private final class Batch {

    private final String table;
    private final Map<String, Object> extra;
    private List<String> columns;
    private PreparedStatement insert;
    private int rows;

    Batch(String table, Map<String, Object> extra) {
      this.table = table;
      this.extra = extra;
    }

    Batch row(Map<String, Object> values) throws SQLException {
      if (insert == null) {
        columns = new ArrayList<>(values.keySet());
        for (var column : extra.entrySet()) {
          if (!values.containsKey(column.getKey())) {
            columns.add(column.getKey());
            unknown
                .computeIfAbsent(table, t -> new LinkedHashMap<>())
                .put(column.getKey(), String.valueOf(column.getValue()));
          }
        }
        insert =
            db.prepareStatement(
                "INSERT INTO "
                    + table
                    + " ("
                    + String.join(", ", columns)
                    + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList())
                    + ")");
      }
      int parameter = 1;
      for (String column : columns) {
        Object value = values.containsKey(column) ? values.get(column) : extra.get(column);
        insert.setObject(parameter++, value);
      }
      insert.addBatch();
      if (++rows % 2_000 == 0) {
        insert.executeBatch();
      }
      return this;
    }

    void run() throws SQLException {
      if (insert != null) {
        insert.executeBatch();
        insert.close();
      }
    }
  }
}
