/*
 * Returnport reviews widget. A shop embeds
 *   <link rel="stylesheet" href="https://RETURNPORT/widget/reviews.css">
 *   <script src="https://RETURNPORT/widget/reviews.js" defer></script>
 *   <div data-returnport-reviews data-store="slug" data-sku="SKU" data-lang="en"></div>
 * and this script fills every such element from the store's public feed. Text written by members
 * is inserted with textContent, or as the sanitised HTML the server stored; nothing else is parsed.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var base = script ? script.src.replace(/\/widget\/reviews\.js(\?.*)?$/, "") : "";
  var TEXT = {
    en: {
      reviews: "reviews", review: "review", outOf: "out of 5 stars", none: "No reviews yet.",
      purchase: "Verified purchase", returned: "Verified return", unverified: "Not verified",
      reply: "Reply from the store", edited: "edited", all: "All reviews", how: "How reviews are verified",
      fit: "Fit", small: "Runs small", tts: "True to size", large: "Runs large", stars: "stars"
    },
    "zh-CN": {
      reviews: "条评价", review: "条评价", outOf: "（满分 5 星）", none: "还没有评价。",
      purchase: "已验证购买", returned: "已验证退货", unverified: "未验证",
      reply: "店铺回复", edited: "已编辑", all: "查看全部评价", how: "评价如何验证",
      fit: "尺码", small: "偏小", tts: "尺码标准", large: "偏大", stars: "星"
    }
  };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function stars(n, label) {
    var span = el("span", "rprw-stars");
    span.setAttribute("role", "img");
    span.setAttribute("aria-label", label);
    var full = Math.round(n);
    for (var i = 1; i <= 5; i++) span.appendChild(el("span", i <= full ? "rprw-on" : "rprw-off", "★")).setAttribute("aria-hidden", "true");
    return span;
  }

  /* The stored HTML names our uploads from our root: make them point at us from the shop's page. */
  function html(markup) {
    var box = el("div", "rprw-text");
    box.innerHTML = markup;
    var images = box.querySelectorAll("img");
    for (var i = 0; i < images.length; i++) {
      var src = images[i].getAttribute("src") || "";
      if (src.charAt(0) === "/" && src.charAt(1) !== "/") images[i].setAttribute("src", base + src);
    }
    return box;
  }

  function render(root, data, t) {
    root.textContent = "";
    root.classList.add("rprw");
    var agg = data.aggregate;
    var head = el("div", "rprw-summary");
    head.appendChild(stars(Number(agg.average), agg.average + " " + t.outOf));
    head.appendChild(el("strong", "rprw-average", agg.average));
    head.appendChild(el("span", "rprw-count", agg.count + " " + (agg.count === 1 ? t.review : t.reviews)));
    root.appendChild(head);
    if (agg.count === 0) {
      root.appendChild(el("p", "rprw-none", t.none));
    }
    var bars = el("ul", "rprw-histogram");
    for (var s = 5; s >= 1; s--) {
      var n = agg.histogram[s - 1];
      var pct = agg.count ? Math.round((n * 100) / agg.count) : 0;
      var li = el("li", "rprw-bar");
      li.appendChild(el("span", "rprw-bar-label", s + " " + t.stars));
      var meter = el("span", "rprw-meter");
      meter.setAttribute("role", "img");
      meter.setAttribute("aria-label", s + " " + t.stars + ": " + n);
      var fill = el("span", "rprw-fill");
      fill.style.width = pct + "%";
      meter.appendChild(fill);
      li.appendChild(meter);
      li.appendChild(el("span", "rprw-bar-count", n));
      bars.appendChild(li);
    }
    root.appendChild(bars);
    if (agg.fit) {
      var fit = el("p", "rprw-fit", t.fit + ": " + t.small + " " + agg.fit.runsSmall + " · " +
        t.tts + " " + agg.fit.trueToSize + " · " + t.large + " " + agg.fit.runsLarge);
      root.appendChild(fit);
    }
    var list = el("ol", "rprw-list");
    data.reviews.forEach(function (r) {
      var item = el("li", "rprw-review");
      var top = el("div", "rprw-review-head");
      top.appendChild(stars(r.stars, r.stars + " " + t.outOf));
      top.appendChild(el("strong", "rprw-title", r.title));
      item.appendChild(top);
      var meta = el("p", "rprw-meta");
      meta.appendChild(el("span", "rprw-author", r.author));
      meta.appendChild(el("time", null, r.createdAt.substring(0, 10)));
      if (r.edited) meta.appendChild(el("span", "rprw-edited", t.edited));
      if (r.verifiedReturn) meta.appendChild(el("span", "rprw-badge rprw-return", t.returned));
      if (r.verifiedPurchase) meta.appendChild(el("span", "rprw-badge rprw-purchase", t.purchase));
      if (!r.verifiedReturn && !r.verifiedPurchase) meta.appendChild(el("span", "rprw-badge rprw-unverified", t.unverified));
      if (r.fit) meta.appendChild(el("span", "rprw-fit-tag", { RUNS_SMALL: t.small, TRUE_TO_SIZE: t.tts, RUNS_LARGE: t.large }[r.fit]));
      item.appendChild(meta);
      item.appendChild(html(r.html));
      if (r.reply) {
        var reply = el("div", "rprw-reply");
        reply.appendChild(el("strong", null, t.reply));
        reply.appendChild(el("p", null, r.reply));
        item.appendChild(reply);
      }
      list.appendChild(item);
    });
    root.appendChild(list);
    var links = el("p", "rprw-links");
    var all = el("a", null, t.all);
    all.href = data.url;
    links.appendChild(all);
    var how = el("a", null, t.how);
    how.href = data.verificationUrl;
    links.appendChild(how);
    root.appendChild(links);
    if (agg.count > 0) {
      var ld = {
        "@context": "https://schema.org", "@type": "Product", name: data.product, sku: data.sku,
        aggregateRating: { "@type": "AggregateRating", ratingValue: agg.average, reviewCount: agg.count, bestRating: 5, worstRating: 1 },
        review: data.reviews.map(function (r) {
          return { "@type": "Review", name: r.title, author: { "@type": "Person", name: r.author },
            datePublished: r.createdAt.substring(0, 10),
            reviewRating: { "@type": "Rating", ratingValue: r.stars, bestRating: 5, worstRating: 1 } };
        })
      };
      var tag = document.createElement("script");
      tag.type = "application/ld+json";
      tag.textContent = JSON.stringify(ld);
      document.head.appendChild(tag);
    }
  }

  function load(root) {
    var store = root.getAttribute("data-store");
    var sku = root.getAttribute("data-sku");
    if (!store || !sku) return;
    var lang = (root.getAttribute("data-lang") || document.documentElement.lang || navigator.language || "en")
      .toLowerCase().indexOf("zh") === 0 ? "zh-CN" : "en";
    var url = base + "/widget/" + encodeURIComponent(store) + "/reviews/" + encodeURIComponent(sku) + ".json?lang=" + lang;
    fetch(url, { credentials: "omit" })
      .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
      .then(function (data) { render(root, data, TEXT[lang]); })
      .catch(function () { root.hidden = true; });
  }

  function start() {
    var roots = document.querySelectorAll("[data-returnport-reviews]");
    for (var i = 0; i < roots.length; i++) load(roots[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
