package org.returnport.web.console;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.intake.boundary.HubGrades;
import org.returnport.intake.boundary.HubIntake;
import org.returnport.intake.entity.DiscrepancyKind;
import org.returnport.intake.entity.Disposition;
import org.returnport.intake.entity.Grade;
import org.returnport.intake.entity.IntakeLine;
import org.returnport.returns.entity.RmaNumber;
import org.returnport.web.errors.Feedback;

/**
 * {@code /console/intake.xhtml?rma=…}: the hub's packing-table page. A scanner types the label's
 * code and Enter into the focused field; a phone's camera photographs the label; or a worker types
 * an order number or e-mail. The parcel found is received, graded and disposed of line by line, and
 * anything wrong is recorded. Every change answers with the page again (a redirect), so the field
 * is focused for the next scan.
 */
@Named("intake")
@ViewScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.WAREHOUSE})
public class IntakeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient HubIntake hub;

  @Inject transient HubGrades grades;

  @Inject transient Feedback feedback;

  private String rma;
  private String code;
  private List<HubIntake.Found> found;
  private final List<Count> counts = new ArrayList<>();
  private final Map<Integer, GradeEntry> entries = new LinkedHashMap<>();
  private DiscrepancyKind kind;
  private Integer discrepancyLine;
  private String note;
  private String question;

  private transient HubIntake.Parcel parcel;
  private transient List<Grade> scale;
  private transient Part labelPhoto;
  private transient List<Part> discrepancyPhotos;

  public void load() throws IOException {
    if (rma == null || rma.isBlank()) {
      return;
    }
    try {
      parcel = hub.parcel(rma);
      rma = parcel.returnCase().getRma();
      prepareForms();
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  /** The scanner's Enter or the Find button: an RMA or tracking number opens its parcel. */
  public void find() throws IOException {
    found = null;
    try {
      Optional<String> match = hub.scan(code);
      if (match.isPresent()) {
        scanned(match.get());
        return;
      }
      if (RmaNumber.isValid(code)) {
        feedback.error("returnport.intake.notFound", code.strip());
        return;
      }
      found = hub.search(code);
      if (found.size() == 1) {
        scanned(found.get(0).rma());
      } else if (found.isEmpty()) {
        feedback.error("returnport.intake.notFound", code.strip());
      }
    } catch (RejectedException e) {
      feedback.rejected(e, "scan");
    }
  }

  /** A photo of the label from the device's camera. */
  public void readLabel() throws IOException {
    if (labelPhoto == null || labelPhoto.getSize() == 0) {
      feedback.error("returnport.photo.empty");
      return;
    }
    try {
      Optional<String> match = hub.scanPhoto(IntakeUploads.bytes(labelPhoto, "photo"));
      if (match.isPresent()) {
        scanned(match.get());
      } else {
        feedback.error("returnport.intake.labelNotOurs");
      }
    } catch (RejectedException e) {
      feedback.rejected(e, "camera");
    } finally {
      labelPhoto = null;
    }
  }

  public void receive() throws IOException {
    Map<Integer, Integer> received = new LinkedHashMap<>();
    for (Count count : counts) {
      received.put(count.getLineNo(), count.getReceived() == null ? 0 : count.getReceived());
    }
    act(() -> hub.receive(rma, received), "receive", "console.intake.received");
  }

  public void grade(int lineNo) throws IOException {
    GradeEntry entry = entries.get(lineNo);
    act(
        () ->
            hub.grade(
                rma,
                lineNo,
                entry.getQuantity() == null ? 0 : entry.getQuantity(),
                entry.getGrade(),
                entry.getDisposition(),
                entry.getNote(),
                IntakeUploads.photos(entry.getPhotos(), "photos")),
        "grading",
        "console.intake.graded");
  }

  public void report() throws IOException {
    act(
        () ->
            hub.discrepancy(
                rma,
                kind,
                discrepancyLine,
                note,
                IntakeUploads.photos(discrepancyPhotos, "photos"),
                question),
        "discrepancy",
        "console.intake.reported");
  }

  private void act(Runnable action, String formId, String done) throws IOException {
    try {
      action.run();
      feedback.info(done, rma);
      open(rma);
    } catch (RejectedException e) {
      feedback.rejected(e, formId);
      parcel = hub.parcel(rma);
    }
  }

  /**
   * Opens the parcel a scan found. A second scan of a parcel already received says so, so that
   * nobody counts it twice; its grading goes on.
   */
  private void scanned(String found) throws IOException {
    HubIntake.Parcel scannedParcel = hub.parcel(found);
    if (scannedParcel.intake() != null && !scannedParcel.intake().isInspected()) {
      feedback.error(
          "returnport.intake.alreadyReceived", found, scannedParcel.intake().getReceivedBy());
    } else if (scannedParcel.intake() != null) {
      feedback.error("returnport.intake.alreadyInspected", found);
    }
    open(found);
  }

  private void open(String found) throws IOException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    context.getFlash().setKeepMessages(true);
    context.redirect(
        context.getRequestContextPath()
            + "/console/intake.xhtml?rma="
            + URLEncoder.encode(found, StandardCharsets.UTF_8));
  }

  /** The receipt counts each returned unit; each line still to grade gets its own entry. */
  private void prepareForms() {
    counts.clear();
    entries.clear();
    parcel
        .returnCase()
        .getLines()
        .forEach(line -> counts.add(new Count(line.getLineNo(), line.getQuantity())));
    if (parcel.intake() != null) {
      for (IntakeLine line : parcel.intake().getLines()) {
        entries.put(line.getLineNo(), new GradeEntry(line.ungraded()));
      }
    }
  }

  public HubIntake.Parcel getParcel() {
    if (parcel == null && rma != null && !rma.isBlank()) {
      parcel = hub.parcel(rma);
    }
    return parcel;
  }

  public List<Grade> getScale() {
    if (scale == null) {
      scale = grades.scale();
    }
    return scale;
  }

  public Disposition[] getDispositions() {
    return Disposition.values();
  }

  public DiscrepancyKind[] getKinds() {
    return DiscrepancyKind.values();
  }

  public String getRma() {
    return rma;
  }

  public void setRma(String rma) {
    this.rma = rma;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public List<HubIntake.Found> getFound() {
    return found;
  }

  public List<Count> getCounts() {
    return counts;
  }

  public Map<Integer, GradeEntry> getEntries() {
    return entries;
  }

  public DiscrepancyKind getKind() {
    return kind;
  }

  public void setKind(DiscrepancyKind kind) {
    this.kind = kind;
  }

  public Integer getDiscrepancyLine() {
    return discrepancyLine;
  }

  public void setDiscrepancyLine(Integer discrepancyLine) {
    this.discrepancyLine = discrepancyLine;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public Part getLabelPhoto() {
    return labelPhoto;
  }

  public void setLabelPhoto(Part labelPhoto) {
    this.labelPhoto = labelPhoto;
  }

  public List<Part> getDiscrepancyPhotos() {
    return discrepancyPhotos;
  }

  public void setDiscrepancyPhotos(List<Part> discrepancyPhotos) {
    this.discrepancyPhotos = discrepancyPhotos;
  }

  /** How many units of a returned line came in the parcel. */
  public static class Count implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int lineNo;
    private Integer received;

    Count(int lineNo, Integer received) {
      this.lineNo = lineNo;
      this.received = received;
    }

    public int getLineNo() {
      return lineNo;
    }

    public Integer getReceived() {
      return received;
    }

    public void setReceived(Integer received) {
      this.received = received;
    }
  }

  /** A grading being typed for one line: how many units, which grade, what becomes of them. */
  public static class GradeEntry implements Serializable {
    private static final long serialVersionUID = 1L;
    private Integer quantity;
    private String grade;
    private Disposition disposition;
    private String note;
    private transient List<Part> photos;

    GradeEntry(int ungraded) {
      this.quantity = ungraded;
    }

    public Integer getQuantity() {
      return quantity;
    }

    public void setQuantity(Integer quantity) {
      this.quantity = quantity;
    }

    public String getGrade() {
      return grade;
    }

    public void setGrade(String grade) {
      this.grade = grade;
    }

    public Disposition getDisposition() {
      return disposition;
    }

    public void setDisposition(Disposition disposition) {
      this.disposition = disposition;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }

    public List<Part> getPhotos() {
      return photos;
    }

    public void setPhotos(List<Part> photos) {
      this.photos = photos;
    }
  }
}
