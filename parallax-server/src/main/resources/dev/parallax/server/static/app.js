// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // j/k move through the items of a page (stories, coverage, results), Enter opens, / focuses search
  var current = -1;
  function items() { return Array.prototype.slice.call(document.querySelectorAll(".item")); }
  function select(i) {
    var list = items();
    if (!list.length) return;
    i = Math.max(0, Math.min(list.length - 1, i));
    if (current >= 0 && list[current]) list[current].classList.remove("current");
    current = i;
    var el = list[i];
    el.classList.add("current");
    el.scrollIntoView({ block: "nearest" });
    var link = el.querySelector("a[href]");
    if (link) link.focus({ preventScroll: true });
  }
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) {
      if (e.key === "Escape") t.blur();
      return;
    }
    if (e.key === "j") { select(current + 1); e.preventDefault(); }
    else if (e.key === "k") { select(current < 0 ? 0 : current - 1); e.preventDefault(); }
    else if (e.key === "/") {
      var q = document.getElementById("q") || document.querySelector(".quick input");
      if (q) { q.focus(); e.preventDefault(); }
    }
  });

  // related stories the story page did not wait for: fetch the list and put it in place of the link
  Array.prototype.forEach.call(document.querySelectorAll("section.related[data-src]"), function (section) {
    fetch(section.getAttribute("data-src"), { headers: { "Accept": "text/html" } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (html === null) return;
        var heading = section.querySelector("h2");
        // the server escaped everything in this fragment (Pages.related); parse it, never eval it
        var parsed = new DOMParser().parseFromString(html, "text/html");
        section.replaceChildren(heading);
        Array.prototype.forEach.call(parsed.body.childNodes, function (n) { section.appendChild(document.importNode(n, true)); });
        section.removeAttribute("data-src");
      })
      .catch(function () { /* the link stays */ });
  });

  // source markers: flash the article they point at in the coverage list
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a.src");
    if (!a) return;
    var target = document.getElementById("a-" + a.getAttribute("data-src"));
    if (!target) return;
    target.classList.add("flash");
    setTimeout(function () { target.classList.remove("flash"); }, 1600);
  });

  // editors' picks: PUT/DELETE /api/picks/{id} with the admin token in a header
  var pick = document.getElementById("pick-form");
  if (pick) {
    var status = document.getElementById("pick-status");
    // a signed-in admin's page carries a CSRF token and the session cookie goes along; else the admin token
    var csrf = pick.getAttribute("data-csrf");
    var saved = sessionStorage.getItem("parallax-admin-token");
    if (saved && !csrf) pick.elements.token.value = saved;
    var send = function (method) {
      var headers = { "Content-Type": "application/json" };
      if (csrf) headers["X-CSRF-Token"] = csrf;
      else {
        var token = pick.elements.token.value;
        sessionStorage.setItem("parallax-admin-token", token);
        headers["Authorization"] = "Bearer " + token;
      }
      fetch("/api/picks/" + encodeURIComponent(pick.getAttribute("data-story")), {
        method: method,
        credentials: "same-origin",
        headers: headers,
        body: method === "PUT" ? JSON.stringify({ note: pick.elements.note.value }) : null
      }).then(function (r) {
        if (r.ok) { location.reload(); return; }
        return r.json().then(function (b) { status.textContent = b.message || ("failed: " + r.status); });
      }).catch(function () { status.textContent = "the server did not answer"; });
    };
    pick.addEventListener("submit", function (e) { e.preventDefault(); send("PUT"); });
    var un = document.getElementById("unpick");
    if (un) un.addEventListener("click", function () { send("DELETE"); });
  }

  // search as you type: /api/search, debounced, results rendered with DOM methods (no HTML from outside
  // except the highlighter's snippet, which the server escaped and marked up with <mark> only)
  var form = document.getElementById("search-form");
  if (!form) return;
  var box = document.getElementById("q"), results = document.getElementById("results");
  var timer = null, seq = 0;
  function el(tag, cls, text) { var n = document.createElement(tag); if (cls) n.className = cls; if (text != null) n.textContent = text; return n; }
  function run() {
    var q = box.value.trim();
    var params = new URLSearchParams(new FormData(form));
    history.replaceState(null, "", "/search?" + params.toString());
    if (!q) return;
    params.set("limit", "20");
    var mine = ++seq;
    fetch("/api/search?" + params.toString(), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (mine !== seq) return;
        results.textContent = "";
        if (!res.ok) { results.appendChild(el("p", "error", res.body.message || "search failed")); return; }
        var b = res.body;
        var count = el("p", "muted", b.total + (b.total === 1 ? " result" : " results"));
        count.id = "count";
        if (b.feed) { count.appendChild(document.createTextNode(" · ")); var f = el("a", null, "Atom feed of this search"); f.href = b.feed; count.appendChild(f); }
        results.appendChild(count);
        var ol = el("ol", "results");
        b.hits.forEach(function (h) {
          var li = el("li", "item");
          var a = el("a", "hit", h.title || "(untitled)"); a.href = "/articles/" + encodeURIComponent(h.id);
          li.appendChild(a);
          var meta = el("p", "meta", (h.outlet || "Unknown outlet") + (h.published ? " · " + h.published.slice(0, 10) : ""));
          if (h.story) { meta.appendChild(document.createTextNode(" · ")); var s = el("a", null, "story"); s.href = "/stories/" + encodeURIComponent(h.story); meta.appendChild(s); }
          li.appendChild(meta);
          var sn = el("p", "snippet"); sn.innerHTML = h.snippet; li.appendChild(sn);
          ol.appendChild(li);
        });
        results.appendChild(ol);
        current = -1;
      })
      .catch(function () {});
  }
  function later() { clearTimeout(timer); timer = setTimeout(run, 150); }
  box.addEventListener("input", later);
  form.addEventListener("change", later);
  form.addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); run(); });
})();
