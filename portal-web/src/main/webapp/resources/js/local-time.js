// Times on the page are written in UTC by the server, which does not know the viewer's zone;
// here each <time data-local datetime="…"> is rewritten in the browser's own zone and the page's
// language. Without JavaScript the UTC text stays, and says so.
(function () {
  var lang = document.documentElement.lang || undefined;
  var format;
  try {
    format = new Intl.DateTimeFormat(lang, {
      year: "numeric", month: "short", day: "numeric",
      hour: "2-digit", minute: "2-digit", timeZoneName: "short"
    });
  } catch (e) {
    return;
  }
  var times = document.querySelectorAll("time[data-local]");
  for (var i = 0; i < times.length; i++) {
    // Not every browser reads more than milliseconds; the server writes microseconds.
    var at = new Date(times[i].getAttribute("datetime").replace(/(\.\d{3})\d+/, "$1"));
    if (!isNaN(at.getTime())) {
      times[i].textContent = format.format(at);
    }
  }
})();
