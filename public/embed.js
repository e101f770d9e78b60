/*
 * Embeds the Béni Mellal-Khénifra citizen budget in another site's page.
 *
 * Paste the snippet made by the app's /embed-help page:
 *
 *   <a data-bmk-embed href="https://APP/budget?lang=ar">Budget citoyen</a>
 *   <script src="https://APP/embed.js" async></script>
 *
 * Each link with `data-bmk-embed` pointing into the app (the same address as this script) is
 * replaced by an iframe of that page in embed mode (`embed=1` is added), titled with the link's
 * text. Without JavaScript the link stays, and leads to the app itself.
 *
 * The embedded app posts its height to this page whenever it changes:
 *   { type: "bmk-embed:height", version: 1, height: <CSS pixels>, path: "/budget" }
 * only to origins the app's administrator allowed (and the app's own). This script sets the
 * iframe's height from it, and when the visitor moves to another page inside the embed, scrolls
 * the page back to the embed's top if it was scrolled past. Messages from any other origin or
 * window are ignored. `window.BmkEmbed.scan(element)` embeds links added later.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.BmkEmbed) return;
  var appRoot = new URL(".", script.src);
  var frames = [];

  function insideApp(url) {
    return url.origin === appRoot.origin && url.pathname.indexOf(appRoot.pathname) === 0;
  }

  function embed(link) {
    var address;
    try {
      address = new URL(link.getAttribute("href"), document.baseURI);
    } catch (error) {
      return;
    }
    if (!insideApp(address)) return;
    address.searchParams.set("embed", "1");
    var iframe = document.createElement("iframe");
    iframe.src = address.href;
    iframe.title = link.textContent.trim() || "Budget citoyen";
    iframe.className = "bmk-embed";
    iframe.style.display = "block";
    iframe.style.width = "100%";
    iframe.style.border = "0";
    iframe.style.height = (link.getAttribute("data-height") || "600") + "px";
    frames.push({ iframe: iframe, path: null });
    link.parentNode.replaceChild(iframe, link);
  }

  function scan(root) {
    frames = frames.filter(function (frame) { return frame.iframe.isConnected; });
    var links = (root || document).querySelectorAll("a[data-bmk-embed]");
    for (var i = 0; i < links.length; i++) embed(links[i]);
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== appRoot.origin || !data || data.type !== "bmk-embed:height") return;
    if (typeof data.height !== "number" || !(data.height > 0)) return;
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.iframe.contentWindow !== event.source) continue;
      frame.iframe.style.height = Math.ceil(data.height) + "px";
      var moved = frame.path !== null && frame.path !== data.path;
      frame.path = data.path;
      if (moved && frame.iframe.getBoundingClientRect().top < 0) frame.iframe.scrollIntoView();
    }
  });

  window.BmkEmbed = { scan: scan };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { scan(document); });
  } else {
    scan(document);
  }
})();
