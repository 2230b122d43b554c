package org.returnport.community.search.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.returnport.community.content.ContentChanged;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.community.search.entity.SearchDocument;
import org.returnport.community.search.entity.SearchTerm;

/**
 * Keeps the store's search index equal to what guests may read: a post or review that becomes
 * visible is indexed, an edit replaces its terms, one that is hidden or deleted leaves the index.
 * Observes synchronously, in the transaction of the change (and so in its store), so the index
 * never tells of a change that was rolled back.
 */
@Dependent
public class SearchIndexer {

  /** Rows per insert statement: two statements for the largest document. */
  static final int ROWS_PER_INSERT = 200;

  @PersistenceContext EntityManager em;

  void changed(@Observes ContentChanged change) {
    Optional<SearchDocument> existing = find(change.ref());
    if (!change.visible()) {
      existing.ifPresent(this::remove);
      return;
    }
    SearchDocument document;
    if (existing.isPresent()) {
      document = existing.get();
      em.createNamedQuery(SearchTerm.DELETE_OF_DOCUMENT)
          .setParameter("doc", document.getId())
          .executeUpdate();
    } else {
      document = new SearchDocument(change.ref().kind(), change.ref().id());
      em.persist(document);
    }
    DocumentTerms terms = DocumentTerms.of(change.title(), change.plainText());
    document.update(
        kindOf(change),
        change.title(),
        change.plainText(),
        change.path(),
        change.createdAt(),
        terms.length());
    em.flush();
    insert(document.getId(), terms.frequencies());
  }

  private static SearchDocument.Kind kindOf(ContentChanged change) {
    if (change.ref().kind() == ContentKind.REVIEW) {
      return SearchDocument.Kind.REVIEW;
    }
    return change.title() == null ? SearchDocument.Kind.POST : SearchDocument.Kind.TOPIC;
  }

  private Optional<SearchDocument> find(ContentRef ref) {
    return em.createNamedQuery(SearchDocument.BY_REF, SearchDocument.class)
        .setParameter("kind", ref.kind())
        .setParameter("id", ref.id())
        .getResultStream()
        .findFirst();
  }

  private void remove(SearchDocument document) {
    em.createNamedQuery(SearchTerm.DELETE_OF_DOCUMENT)
        .setParameter("doc", document.getId())
        .executeUpdate();
    em.remove(document);
  }

  /**
   * Writes the document's terms a few hundred rows per statement rather than one insert each, so
   * that posting stays cheap. The store of every row is the store of its document, read from the
   * document's row (which the tenant-scoped persistence context just wrote or found), so this
   * native statement names the tenant without anyone handling its id.
   */
  private void insert(long documentId, Map<String, Integer> frequencies) {
    List<Map.Entry<String, Integer>> rows = new ArrayList<>(frequencies.entrySet());
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      List<Map.Entry<String, Integer>> chunk =
          rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
      StringBuilder sql =
          new StringBuilder(
              "INSERT INTO COMMUNITY_SEARCH_TERM (TENANT_ID, TERM, DOC_ID, FREQ)"
                  + " SELECT d.TENANT_ID, v.TERM, d.ID, v.FREQ FROM COMMUNITY_SEARCH_DOC d JOIN (");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "SELECT ? AS TERM, ? AS FREQ" : " UNION ALL SELECT ?, ?");
      }
      sql.append(") v WHERE d.ID = ?");
      Query insert = em.createNativeQuery(sql.toString());
      int position = 1;
      for (Map.Entry<String, Integer> row : chunk) {
        insert.setParameter(position++, row.getKey());
        insert.setParameter(position++, row.getValue());
      }
      insert.setParameter(position, documentId);
      insert.executeUpdate();
    }
  }
}
