package org.returnport.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.intake.boundary.HubDashboard;
import org.returnport.intake.control.HubNumbers;
import org.returnport.web.errors.Messages;
import org.returnport.web.i18n.Language;

/**
 * {@code /console/hub.xhtml}: the hub's dashboard as charts, each with the same numbers in a table
 * for those who cannot see the chart. The charts are Chart.js configurations that PrimeFaces draws
 * with its own script, so they run under the page's Content-Security-Policy.
 */
@Model
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.WAREHOUSE})
public class HubBacking {

  private static final String PRIMARY = "#1f4e79";
  private static final String ACCENT = "#b45309";

  @Inject HubDashboard dashboard;

  @Inject Language language;

  private List<HubNumbers.DayCount> arrivals;
  private List<HubNumbers.Ages> backlog;
  private HubDashboard.InspectionTimes times;

  @PostConstruct
  void load() {
    arrivals = dashboard.arrivals();
    backlog = dashboard.backlog();
    times = dashboard.inspectionTimes();
  }

  public List<HubNumbers.DayCount> getArrivals() {
    return arrivals;
  }

  public List<HubNumbers.Ages> getBacklog() {
    return backlog;
  }

  public HubDashboard.InspectionTimes getTimes() {
    return times;
  }

  /** The backlog's age buckets, in words. */
  public List<String> getAges() {
    return List.of(
        text("console.hub.age.0"),
        text("console.hub.age.1"),
        text("console.hub.age.2"),
        text("console.hub.age.3"));
  }

  public String day(java.time.LocalDate day) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
  }

  /** A day as short as a chart's axis needs it: "4 Dec", "12月4日". */
  private String shortDay(java.time.LocalDate day) {
    return DateTimeFormatter.ofPattern(
            locale().getLanguage().equals("zh") ? "M月d日" : "d MMM", locale())
        .format(day);
  }

  public String getArrivalsChart() {
    return chart(
        "bar",
        labels(arrivals, d -> shortDay(d.day())),
        Json.createArrayBuilder()
            .add(dataset(text("console.hub.arrivals.parcels"), PRIMARY, arrivals, d -> d.count())),
        false);
  }

  public String getBacklogChart() {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    String[] colours = {PRIMARY, ACCENT};
    for (int i = 0; i < backlog.size(); i++) {
      HubNumbers.Ages ages = backlog.get(i);
      datasets.add(
          dataset(
              text("status." + ages.status()), colours[i % colours.length], ages.counts(), n -> n));
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    getAges().forEach(labels::add);
    return chart("bar", labels, datasets, true);
  }

  public String getTimesChart() {
    return chart(
        "line",
        labels(times.days(), d -> shortDay(d.day())),
        Json.createArrayBuilder()
            .add(
                dataset(
                    text("console.hub.times.hours"), PRIMARY, times.days(), d -> d.averageHours())),
        false);
  }

  private static <T> JsonArrayBuilder labels(List<T> rows, Function<T, String> label) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    rows.forEach(row -> labels.add(label.apply(row)));
    return labels;
  }

  private static <T> JsonObjectBuilder dataset(
      String label, String colour, List<T> rows, Function<T, Number> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    rows.forEach(row -> data.add(value.apply(row).doubleValue()));
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  private static String chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean stacked) {
    JsonObjectBuilder axis =
        Json.createObjectBuilder()
            .add("beginAtZero", true)
            .add("stacked", stacked)
            .add("ticks", Json.createObjectBuilder().add("precision", 0));
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", stacked))
                        .add("y", axis)))
        .build()
        .toString();
  }

  private String text(String key) {
    return Messages.format(key, List.of(), locale());
  }

  private Locale locale() {
    return language.getLocale();
  }
}
