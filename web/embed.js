/* embed.js — puts Accord explainers into any page with one line (README, "Embedding"):
     <div data-accord src="https://your.site/accord/?pack=packs/x.json#item=a1"></div>
     <script async src="https://your.site/accord/embed.js"></script>
   Each such element gets an iframe (title from the pack, lazy, no layout shift: its
   height is reserved from data-height) that is then kept as tall as the widget's
   content from the widget's own messages. Options, as attributes of the element:
     src          the widget's address (default: index.html beside this script)
     data-theme   light | dark (default: the reader's system setting)
     data-view    timeline | amendments | map (default: timeline)
     data-item    an item id to open on (default: none)
     data-title   the frame's title until the pack's own arrives
     data-height  px to reserve ("2600"), or per width ("360:5200 768:3400 1440:2600");
                  default: the element's own height from the page's CSS (min-height),
                  which also holds the place before this script runs: no layout shift
   The widget's events (accord:ready, accord:select, accord:height, accord:error) are
   dispatched on the element, with the message as event.detail; el.accord(message)
   sends it a command ({type: "accord:select", id}, ...). No dependencies. */
(function (w, d) {
  var me = d.currentScript, frames = [];
  function reserve(el, spec) {
    // The height for this width, between the two nearest figures given.
    var width = el.clientWidth, h = 0, pairs = String(spec || "").split(/\s+/).map(function (p) {
      p = p.split(":");
      return p[1] ? [+p[0], +p[1]] : [width, +p[0]];
    }).filter(function (p) { return p[0] > 0 && p[1] > 0; }).sort(function (a, b) { return a[0] - b[0]; });
    pairs.forEach(function (p, i) {
      var q = pairs[i + 1];
      if (!i || width >= p[0]) h = q && width < q[0] ? p[1] + (q[1] - p[1]) * Math.max(0, width - p[0]) / (q[0] - p[0]) : p[1];
    });
    // Else the height the page's own CSS reserved for the element, else a guess.
    return Math.ceil(h || el.clientHeight || width * 0.75 + 200);
  }
  function embed(el) {
    if (el.accord) return;
    var src = new URL(el.getAttribute("src") || "index.html", me && me.src || d.baseURI), hash = [];
    if (el.dataset.theme) src.searchParams.set("theme", el.dataset.theme);
    // The widget then takes commands from this page's origin only.
    if (location.origin != "null") src.searchParams.set("origin", location.origin);
    if (el.dataset.item) hash.push("item=" + encodeURIComponent(el.dataset.item));
    if (el.dataset.view) hash.push("view=" + encodeURIComponent(el.dataset.view));
    if (hash.length) src.hash = hash.join("&");
    var f = d.createElement("iframe");
    f.src = src.href;
    f.title = el.dataset.title || "Interactive explainer";
    f.loading = "lazy";
    f.allow = "clipboard-write; web-share; fullscreen";
    f.style.display = "block";
    f.style.width = "100%";
    f.style.border = "0";
    f.style.height = reserve(el, el.dataset.height) + "px";
    el.accord = function (message) { f.contentWindow.postMessage(message, src.origin); };
    el.appendChild(f);
    el.style.minHeight = "0";  // the frame holds the place now, at the widget's height
    frames.push(f);
  }
  function scan() { [].forEach.call(d.querySelectorAll("[data-accord]:not(html)"), embed); }
  w.addEventListener("message", function (e) {
    var m = e.data, f = frames.filter(function (f) { return f.contentWindow === e.source; })[0];
    if (!f || !m || typeof m.type != "string" || m.type.slice(0, 7) != "accord:") return;
    if (m.type == "accord:height" && m.height > 0 && m.height < 1e6) f.style.height = Math.ceil(m.height) + "px";
    if (m.type == "accord:ready" && typeof m.title == "string" && m.title) f.title = m.title.slice(0, 300);
    f.parentNode.dispatchEvent(new CustomEvent(m.type, { detail: m }));
  });
  w.accordEmbed = scan;  // for pages that add snippets later
  if (d.readyState == "loading") d.addEventListener("DOMContentLoaded", scan); else scan();
})(window, document);
