package org.returnport.community.search.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.returnport.access.AnyCaller;
import org.returnport.community.search.control.Highlighter;
import org.returnport.community.search.control.Relevance;
import org.returnport.community.search.control.Tokenizer;
import org.returnport.community.search.entity.SearchDocument;
import org.returnport.community.search.entity.SearchTerm;
import org.returnport.tenancy.TenantScoped;

/**
 * Searches the current store's visible topics, posts and reviews: a document is found when it holds
 * every term of the question (AND), and results are ordered by {@link Relevance}. Guests may search
 * what guests may read, so anybody may call it.
 */
@Stateless
@TenantScoped
@AnyCaller
public class CommunitySearch {

  /** The longest question taken, in characters. */
  public static final int QUERY_MAX = 200;

  /** Results per page. */
  public static final int PAGE_SIZE = 20;

  /** The deepest page served: nobody reads further, and deep pages cost the most. */
  public static final int PAGE_MAX = 50;

  /**
   * The terms of a question that must all match; a longer Chinese question has many pairs, and the
   * first ones already pick out the documents that hold it.
   */
  static final int QUERY_TERMS_MAX = 16;

  @PersistenceContext EntityManager em;

  /**
   * A page (from 1) of the results for the question. Refuses an empty question, one with no word
   * search can use, one longer than {@value #QUERY_MAX} characters, and pages past {@value
   * #PAGE_MAX}.
   */
  public SearchResults search(String query, int page) {
    List<String> terms = termsOf(query);
    if (page < 1 || page > PAGE_MAX) {
      throw new QuestionRefusedException("page", "community.search.page", PAGE_MAX);
    }
    Map<String, Long> frequencies = documentFrequencies(terms);
    if (frequencies.size() < terms.size()) {
      // a term no document holds: nothing holds them all
      return new SearchResults(query, page, false, List.of());
    }
    Object[] statistics =
        em.createNamedQuery(SearchDocument.STATISTICS, Object[].class).getSingleResult();
    long documents = ((Number) statistics[0]).longValue();
    double averageLength = statistics[1] == null ? 1 : ((Number) statistics[1]).doubleValue();

    List<Object[]> rows =
        matches(terms, frequencies, documents, averageLength)
            .setFirstResult((page - 1) * PAGE_SIZE)
            .setMaxResults(PAGE_SIZE + 1)
            .getResultList();
    boolean hasNext = rows.size() > PAGE_SIZE;
    List<Long> ids =
        rows.stream().limit(PAGE_SIZE).map(row -> ((Number) row[0]).longValue()).toList();
    return new SearchResults(query, page, hasNext, hits(ids, terms));
  }

  /** The question's terms; a question search cannot use is refused with a reason. */
  private static List<String> termsOf(String query) {
    if (query == null || query.isBlank()) {
      throw new QuestionRefusedException("q", "community.search.empty");
    }
    if (query.length() > QUERY_MAX) {
      throw new QuestionRefusedException("q", "community.search.tooLong", QUERY_MAX);
    }
    List<String> terms = Tokenizer.queryTerms(query);
    if (terms.isEmpty()) {
      throw new QuestionRefusedException("q", "community.search.noWords");
    }
    return terms.size() > QUERY_TERMS_MAX ? terms.subList(0, QUERY_TERMS_MAX) : terms;
  }

  private Map<String, Long> documentFrequencies(List<String> terms) {
    Map<String, Long> frequencies = new HashMap<>();
    em.createNamedQuery(SearchTerm.DOCUMENT_FREQUENCIES, Object[].class)
        .setParameter("terms", terms)
        .getResultList()
        .forEach(row -> frequencies.put((String) row[0], ((Number) row[1]).longValue()));
    return frequencies;
  }

  /**
   * One query for all the question's terms: the rows of those terms, grouped by document, kept
   * where the document has every one of them, scored and ordered in the database so that only a
   * page of ids comes back. The numbers of the formula are computed here and written into the query
   * as literals (they are ours, never the caller's); the terms are parameters.
   */
  private TypedQuery<Object[]> matches(
      List<String> terms, Map<String, Long> frequencies, long documents, double averageLength) {
    StringBuilder weight = new StringBuilder("CASE t.term");
    for (int i = 0; i < terms.size(); i++) {
      double termWeight = Relevance.termWeight(documents, frequencies.get(terms.get(i)));
      weight.append(" WHEN :t").append(i).append(" THEN ").append(literal(termWeight));
    }
    weight.append(" ELSE 0.0 END");
    long today = LocalDate.now(ZoneOffset.UTC).toEpochDay();
    String jpql =
        "SELECT t.docId, d.createdAt, SUM(t.freq * ("
            + weight
            + ") / (t.freq + "
            + literal(Relevance.lengthBase())
            + " + "
            + literal(Relevance.lengthFactor(averageLength))
            + " * d.length)) * (1.0 + "
            + literal(Relevance.RECENCY)
            + " / (1.0 + ("
            + today
            + " - d.createdDay) / "
            + literal(Relevance.HALF_LIFE_DAYS)
            + ")) AS score"
            + " FROM SearchTerm t, SearchDocument d"
            + " WHERE d.id = t.docId AND t.term IN :terms"
            + " GROUP BY t.docId, d.createdAt, d.createdDay"
            + " HAVING COUNT(t.term) = :count"
            + " ORDER BY score DESC, d.createdAt DESC, t.docId DESC";
    TypedQuery<Object[]> query =
        em.createQuery(jpql, Object[].class)
            .setParameter("terms", terms)
            .setParameter("count", (long) terms.size());
    for (int i = 0; i < terms.size(); i++) {
      query.setParameter("t" + i, terms.get(i));
    }
    return query;
  }

  /** A number as JPQL writes it: plain decimal digits, never an exponent. */
  private static String literal(double value) {
    return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).toPlainString();
  }

  private List<SearchHit> hits(List<Long> ids, List<String> terms) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, SearchDocument> documents =
        em
            .createNamedQuery(SearchDocument.BY_IDS, SearchDocument.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(SearchDocument::getId, Function.identity()));
    return ids.stream()
        .map(documents::get)
        .filter(Objects::nonNull)
        .map(
            document ->
                new SearchHit(
                    document.getKind().name(),
                    document.getTitle() == null ? "" : document.getTitle(),
                    Highlighter.mark(document.getTitle(), terms),
                    document.getPath(),
                    document.getCreatedAt(),
                    Highlighter.excerpt(document.getBody(), terms)))
        .toList();
  }
}
