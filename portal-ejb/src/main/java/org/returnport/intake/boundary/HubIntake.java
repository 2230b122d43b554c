package org.returnport.intake.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.returnport.access.Caller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.events.DomainEvent;
import org.returnport.events.ReturnInspected;
import org.returnport.events.ReturnMessageSent;
import org.returnport.events.ReturnReceived;
import org.returnport.intake.control.LabelReader;
import org.returnport.intake.entity.Discrepancy;
import org.returnport.intake.entity.DiscrepancyKind;
import org.returnport.intake.entity.Disposition;
import org.returnport.intake.entity.Grade;
import org.returnport.intake.entity.Intake;
import org.returnport.intake.entity.IntakePhoto;
import org.returnport.intake.entity.ItemGrading;
import org.returnport.intake.entity.PhotoSubject;
import org.returnport.intake.entity.UnexpectedParcel;
import org.returnport.parcels.boundary.ParcelView;
import org.returnport.parcels.boundary.Parcels;
import org.returnport.returns.entity.EventKind;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnEvent;
import org.returnport.returns.entity.ReturnLine;
import org.returnport.returns.entity.ReturnPhotoFile;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.returns.entity.RmaNumber;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * The hub's work on returned parcels: finding a parcel by what its label says, receiving it once,
 * grading and disposing of each received unit, recording what is wrong, and parcels that came
 * without an RMA. Each change locks the return first, so that two workers scanning the same parcel
 * at once make one receipt.
 */
@Stateless
@TenantScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.WAREHOUSE})
public class HubIntake {

  /** Returns one search shows at most. */
  public static final int SEARCH_MAX = 20;

  @PersistenceContext EntityManager em;

  @Inject Caller caller;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  @Inject Parcels parcels;

  @Inject HubGrades grades;

  Clock clock = Clock.systemUTC();

  /**
   * The RMA of the store's return that a scanned code names: the RMA itself, or a tracking number
   * the parcels feature knows. Another store's RMA is not found, like an unknown one.
   */
  public Optional<String> scan(String code) {
    String typed = code == null ? "" : code.strip();
    if (typed.isEmpty()) {
      throw new RejectedException("code", "returnport.intake.codeRequired");
    }
    if (RmaNumber.isValid(typed)) {
      return findReturn(typed, LockModeType.NONE).map(ReturnCase::getRma);
    }
    return parcels
        .byTrackingNumber(typed)
        .map(ParcelView::rma)
        .flatMap(rma -> findReturn(rma, LockModeType.NONE))
        .map(ReturnCase::getRma);
  }

  /** Reads the label's barcode from a photo and finds its return, as a scan of the same code. */
  public Optional<String> scanPhoto(byte[] photo) {
    if (photo == null || photo.length == 0) {
      throw new RejectedException("photo", "returnport.photo.empty");
    }
    if (photo.length > ReturnPhotoFile.MAX_BYTES) {
      throw new RejectedException(
          "photo", "returnport.photo.tooBig", ReturnPhotoFile.MAX_BYTES / 1024 / 1024);
    }
    String code =
        new LabelReader()
            .read(photo)
            .orElseThrow(() -> new RejectedException("photo", "returnport.intake.noBarcode"));
    return scan(code);
  }

  /** Returns whose RMA, order number or shopper's e-mail is the text, newest first. */
  public List<Found> search(String text) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      throw new RejectedException("code", "returnport.intake.codeRequired");
    }
    String order = typed.startsWith("#") ? typed.substring(1) : typed;
    return em.createQuery(
            "SELECT r FROM ReturnCase r WHERE r.rma = :rma OR r.orderNumber = :orderNumber"
                + " OR r.email = :email ORDER BY r.requestedAt DESC, r.id DESC",
            ReturnCase.class)
        .setParameter("rma", typed.toUpperCase(Locale.ROOT))
        .setParameter("orderNumber", order)
        .setParameter("email", typed.toLowerCase(Locale.ROOT))
        .setMaxResults(SEARCH_MAX)
        .getResultStream()
        .map(
            r ->
                new Found(
                    r.getRma(),
                    r.getOrderNumber(),
                    r.getShopperName(),
                    r.getStatus(),
                    r.getLines().stream().mapToInt(ReturnLine::getQuantity).sum()))
        .toList();
  }

  /** A return's parcel as the hub sees it: the return, what intake recorded, and photo refs. */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT, StaffRole.WAREHOUSE})
  public Parcel parcel(String rma) {
    ReturnCase returnCase =
        findReturn(rma, LockModeType.NONE).orElseThrow(() -> new NotFoundException("return"));
    returnCase.getLines().size();
    Optional<Intake> intake = intakeOf(returnCase);
    intake.ifPresent(i -> i.getLines().forEach(line -> line.getGradings().size()));
    List<Discrepancy> discrepancies = discrepancies(returnCase);
    List<Long> gradingIds =
        intake.stream()
            .flatMap(i -> i.getLines().stream())
            .flatMap(line -> line.getGradings().stream())
            .map(ItemGrading::getId)
            .toList();
    List<PhotoRef> photos = new java.util.ArrayList<>(photoRefs(PhotoSubject.GRADING, gradingIds));
    photos.addAll(
        photoRefs(
            PhotoSubject.DISCREPANCY, discrepancies.stream().map(Discrepancy::getId).toList()));
    return new Parcel(returnCase, intake.orElse(null), discrepancies, photos);
  }

  /**
   * Receives the return's parcel: how many units of each line came. A parcel is received once; a
   * second scan of it (or a second click) is refused and changes nothing.
   */
  public void receive(String rma, Map<Integer, Integer> counts) {
    ReturnCase returnCase = locked(rma);
    Optional<Intake> earlier = intakeOf(returnCase);
    if (earlier.isPresent()) {
      throw new RejectedException(
          null,
          "returnport.intake.alreadyReceived",
          returnCase.getRma(),
          earlier.get().getReceivedBy());
    }
    if (returnCase.isKeepItems() || !returnCase.getStatus().canMoveTo(ReturnStatus.RECEIVED)) {
      throw new RejectedException(
          null, "returnport.intake.notExpected", returnCase.getRma(), returnCase.getStatus());
    }
    Instant now = clock.instant();
    String actor = caller.name().orElseThrow();
    Intake intake =
        Intake.receive(
            returnCase.getId(),
            returnCase.getRma(),
            returnCase.getLines().stream()
                .map(
                    l ->
                        new Intake.Returned(
                            l.getLineNo(), l.getSku(), l.getName(), l.getQuantity()))
                .toList(),
            counts,
            deliveredAt(returnCase),
            actor,
            now);
    em.persist(intake);
    returnCase.moveTo(
        ReturnStatus.RECEIVED,
        EventKind.RECEIVED,
        actor,
        intake.received() + "/" + intake.expected(),
        now);
    em.flush();
    events.fire(
        new ReturnReceived(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            returnCase.getId(),
            returnCase.getRma(),
            intake.expected(),
            intake.received(),
            intake.received() == intake.expected()));
  }

  /**
   * Grades received units of one line and chooses what becomes of them, with optional photos. The
   * last unit graded completes the inspection: the return moves to {@code INSPECTED}.
   */
  public void grade(
      String rma,
      int lineNo,
      int quantity,
      String gradeCode,
      Disposition disposition,
      String note,
      List<ReturnPhotoFile> photos) {
    ReturnCase returnCase = locked(rma);
    Intake intake =
        intakeOf(returnCase)
            .orElseThrow(
                () ->
                    new RejectedException(
                        null, "returnport.intake.receiveFirst", returnCase.getRma()));
    Grade grade =
        grades.scale().stream()
            .filter(g -> g.getCode().equals(gradeCode))
            .findFirst()
            .orElseThrow(() -> new RejectedException("grade", "returnport.intake.unknownGrade"));
    requireFewPhotos(photos);
    Instant now = clock.instant();
    String actor = caller.name().orElseThrow();
    ItemGrading grading = intake.grade(lineNo, quantity, grade, disposition, note, actor, now);
    em.flush();
    keep(PhotoSubject.GRADING, grading.getId(), photos);
    if (intake.isInspected()) {
      returnCase.moveTo(ReturnStatus.INSPECTED, EventKind.INSPECTED, actor, summary(intake), now);
      em.flush();
      events.fire(
          new ReturnInspected(
              currentTenant.get().orElseThrow(),
              UUID.randomUUID(),
              now,
              returnCase.getId(),
              returnCase.getRma(),
              intake.received(),
              intake.restocked(),
              !discrepancies(returnCase).isEmpty()));
    }
  }

  /**
   * Records what is wrong with the parcel, with a note and photos as evidence: the return goes back
   * to an agent, and with a question the shopper is asked too (by e-mail, like staff questions).
   */
  public void discrepancy(
      String rma,
      DiscrepancyKind kind,
      Integer lineNo,
      String note,
      List<ReturnPhotoFile> photos,
      String question) {
    ReturnCase returnCase = locked(rma);
    Optional<ReturnLine> line =
        lineNo == null
            ? Optional.empty()
            : Optional.of(
                returnCase.getLines().stream()
                    .filter(l -> l.getLineNo() == lineNo)
                    .findFirst()
                    .orElseThrow(
                        () -> new RejectedException("line", "returnport.intake.unknownLine")));
    requireFewPhotos(photos);
    boolean ask = question != null && !question.isBlank();
    Instant now = clock.instant();
    String actor = caller.name().orElseThrow();
    Discrepancy discrepancy =
        new Discrepancy(returnCase.getId(), kind, lineNo, note, ask, actor, now);
    em.persist(discrepancy);
    em.flush();
    keep(PhotoSubject.DISCREPANCY, discrepancy.getId(), photos);
    if (ask) {
      ReturnEvent asked = returnCase.staffMessage(actor, question, now);
      em.flush();
      events.fire(
          new ReturnMessageSent(
              currentTenant.get().orElseThrow(),
              UUID.randomUUID(),
              now,
              returnCase.getId(),
              returnCase.getRma(),
              asked.getId(),
              ReturnMessageSent.From.STORE,
              ReturnMessageSent.Kind.QUESTION));
    }
    String evidence =
        discrepancy.getNote()
            + line.map(l -> " (" + l.getLineNo() + ": " + l.getName() + ")").orElse("")
            + (photos.isEmpty() ? "" : " [" + photos.size() + "]");
    returnCase.flagDiscrepancy(actor, evidence, now);
  }

  /** Records a parcel that came without an RMA anyone could find, to be matched later. */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.WAREHOUSE})
  public long unexpected(String labelText, String note, List<ReturnPhotoFile> photos) {
    requireFewPhotos(photos);
    UnexpectedParcel parcel =
        new UnexpectedParcel(labelText, note, caller.name().orElseThrow(), clock.instant());
    em.persist(parcel);
    em.flush();
    keep(PhotoSubject.UNEXPECTED, parcel.getId(), photos);
    return parcel.getId();
  }

  /** Parcels still waiting to be matched (oldest last), then the ones matched most recently. */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT, StaffRole.WAREHOUSE})
  public List<Unexpected> unexpectedParcels() {
    List<UnexpectedParcel> parcels =
        new java.util.ArrayList<>(
            em.createNamedQuery(UnexpectedParcel.UNMATCHED, UnexpectedParcel.class)
                .setMaxResults(200)
                .getResultList());
    parcels.addAll(
        em.createNamedQuery(UnexpectedParcel.RECENTLY_MATCHED, UnexpectedParcel.class)
            .setMaxResults(20)
            .getResultList());
    Map<Long, List<Long>> photos =
        photoRefs(PhotoSubject.UNEXPECTED, parcels.stream().map(UnexpectedParcel::getId).toList())
            .stream()
            .collect(
                Collectors.groupingBy(
                    PhotoRef::subjectId, Collectors.mapping(PhotoRef::id, Collectors.toList())));
    return parcels.stream()
        .map(p -> new Unexpected(p, photos.getOrDefault(p.getId(), List.of())))
        .toList();
  }

  /**
   * Names the return an unexpected parcel belongs to. The return's timeline says so, and an agent
   * sees it; the hub then receives the parcel under its RMA.
   */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
  public void match(long parcelId, String rma) {
    UnexpectedParcel parcel =
        em.find(UnexpectedParcel.class, parcelId, LockModeType.PESSIMISTIC_WRITE);
    if (parcel == null) {
      throw new NotFoundException("unexpected parcel");
    }
    ReturnCase returnCase =
        findReturn(rma, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(() -> new RejectedException("rma", "returnport.intake.notFound", rma));
    Instant now = clock.instant();
    String actor = caller.name().orElseThrow();
    parcel.match(returnCase.getRma(), actor, now);
    returnCase.flagDiscrepancy(actor, parcel.getLabelText(), now);
  }

  /** One intake photo of the store; another store's is not found. */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT, StaffRole.WAREHOUSE})
  public IntakePhoto photo(long id) {
    IntakePhoto photo = em.find(IntakePhoto.class, id);
    if (photo == null) {
      throw new NotFoundException("photo " + id);
    }
    return photo;
  }

  private static void requireFewPhotos(List<ReturnPhotoFile> photos) {
    if (photos.size() > IntakePhoto.MAX_PER_SUBJECT) {
      throw new RejectedException(
          "photos", "returnport.photo.tooMany", IntakePhoto.MAX_PER_SUBJECT);
    }
  }

  private void keep(PhotoSubject subject, long id, List<ReturnPhotoFile> photos) {
    photos.forEach(photo -> em.persist(new IntakePhoto(subject, id, photo)));
  }

  private List<PhotoRef> photoRefs(PhotoSubject subject, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(IntakePhoto.REFS, Object[].class)
        .setParameter("subject", subject)
        .setParameter("subjectIds", ids)
        .getResultStream()
        .map(row -> new PhotoRef((Long) row[0], (PhotoSubject) row[1], (Long) row[2]))
        .toList();
  }

  /** The units of each grade and disposition, in codes any reader of the timeline can look up. */
  private static String summary(Intake intake) {
    return intake.getLines().stream()
        .flatMap(line -> line.getGradings().stream())
        .collect(
            Collectors.groupingBy(
                g -> g.getGradeCode() + " " + g.getDisposition(),
                java.util.TreeMap::new,
                Collectors.summingInt(ItemGrading::getQuantity)))
        .entrySet()
        .stream()
        .map(e -> e.getValue() + " × " + e.getKey())
        .collect(Collectors.joining(", "));
  }

  /** When the carrier delivered the parcel, by the return's timeline; null when no scan said. */
  private static Instant deliveredAt(ReturnCase returnCase) {
    return returnCase.getEvents().stream()
        .filter(e -> e.getKind() == EventKind.DELIVERED)
        .map(ReturnEvent::getAt)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  private ReturnCase locked(String rma) {
    return findReturn(rma, LockModeType.PESSIMISTIC_WRITE)
        .orElseThrow(() -> new RejectedException("code", "returnport.intake.notFound", rma));
  }

  private Optional<Intake> intakeOf(ReturnCase returnCase) {
    return em.createNamedQuery(Intake.FIND_BY_RETURN, Intake.class)
        .setParameter("returnId", returnCase.getId())
        .getResultStream()
        .findFirst();
  }

  private List<Discrepancy> discrepancies(ReturnCase returnCase) {
    return em.createNamedQuery(Discrepancy.FIND_BY_RETURN, Discrepancy.class)
        .setParameter("returnId", returnCase.getId())
        .getResultList();
  }

  private Optional<ReturnCase> findReturn(String rma, LockModeType lock) {
    if (!RmaNumber.isValid(rma)) {
      return Optional.empty();
    }
    return em.createNamedQuery(ReturnCase.FIND_BY_RMA, ReturnCase.class)
        .setParameter("rma", rma.strip().toUpperCase(Locale.ROOT))
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  /** A return a search found. */
  public record Found(
      String rma, String orderNumber, String shopperName, ReturnStatus status, int items) {}

  /** A return's parcel at the hub; {@code intake} is null until it is received. */
  public record Parcel(
      ReturnCase returnCase,
      Intake intake,
      List<Discrepancy> discrepancies,
      List<PhotoRef> photos) {

    public List<Long> photosOf(PhotoSubject subject, long subjectId) {
      return photos.stream()
          .filter(p -> p.subject() == subject && p.subjectId() == subjectId)
          .map(PhotoRef::id)
          .toList();
    }

    /** Whether the hub may still receive it. */
    public boolean receivable() {
      return intake == null
          && !returnCase.isKeepItems()
          && returnCase.getStatus().canMoveTo(ReturnStatus.RECEIVED);
    }
  }

  /** A photo by id and what it shows. */
  public record PhotoRef(long id, PhotoSubject subject, long subjectId) {}

  /** An unexpected parcel and the ids of its photos. */
  public record Unexpected(UnexpectedParcel parcel, List<Long> photoIds) {}
}
