// Service worker of the citizen budget app: keeps the app, its data and the last API answers so
// that every page works without a network after one visit. `scripts/service-worker.sh` writes the
// built copy (dist/sw.js) with this release's file list and version; a new release gets a new
// version, installs beside the old one, takes over at once and deletes the old files.
const VERSION = "__VERSION__";
const SHELL = `bmk-shell-${VERSION}`;
// Answers of the public API, kept across releases: the newest one that arrived wins.
const RUNTIME = "bmk-runtime";
const PRECACHE = [
__PRECACHE__
];
// API answers the ballot and the catalogue need offline, fetched at install.
const API_WARMUP = ["api/process", "api/projects"];
// Public API answers kept for offline use (never admin or workshop ones).
const CACHED_API = ["api/process", "api/projects", "api/proposals", "api/results", "api/ballots"];
// How long a page or a data file waits for the network before the kept copy is shown.
const NETWORK_WAIT_MS = 4000;

const scoped = (path) => new URL(path, self.registration.scope).href;
const relative = (url) => url.href.slice(self.registration.scope.length);

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const shell = await caches.open(SHELL);
    // "reload": the files of this release, never an older copy from the HTTP cache.
    await shell.addAll(PRECACHE.map((path) => new Request(scoped(path), { cache: "reload" })));
    const runtime = await caches.open(RUNTIME);
    await Promise.all(API_WARMUP.map(async (path) => {
      try {
        const answer = await fetch(scoped(path), { cache: "no-store" });
        if (answer.ok) await runtime.put(scoped(path), answer);
      } catch (_) {
        // Offline during the install: the answers are kept at their first use instead.
      }
    }));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("bmk-shell-") && name !== SHELL) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  if (event.data === "version" && event.source) event.source.postMessage({ version: VERSION });
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
  const path = relative(url);
  // The staff console is another app with its own files; the citizen app's worker leaves it alone.
  if (path === "console" || path.startsWith("console/")) return;
  if (request.mode === "navigate") {
    event.respondWith(page(request));
  } else if (path.startsWith("api/")) {
    if (CACHED_API.includes(path.split("?")[0])) event.respondWith(networkFirst(request, RUNTIME));
  } else if (path.startsWith("data/") || path === "embed.json") {
    // Published data, and the allowed origins the endpoint writes from its configuration.
    event.respondWith(networkFirst(request, SHELL));
  } else {
    event.respondWith(keptFirst(request));
  }
});

// A page: the server's if it answers in time, else this release's app page (the app routes).
async function page(request) {
  const fallback = () => caches.match(scoped("index.html"), { cacheName: SHELL });
  try {
    const answer = await withinWait(fetch(request));
    return answer || (await fallback()) || (await fetch(request));
  } catch (_) {
    return (await fallback()) || Response.error();
  }
}

// Fresh from the network when it answers in time (and kept), else the kept copy.
async function networkFirst(request, cacheName) {
  const cache = await caches.open(cacheName);
  const fresh = fetch(request).then(async (answer) => {
    if (answer.ok) await cache.put(request, answer.clone());
    return answer;
  });
  try {
    const answer = await withinWait(fresh);
    if (answer) return answer;
  } catch (_) {
    return (await cache.match(request)) || Response.error();
  }
  return (await cache.match(request)) || fresh;
}

// Files of a release never change under their name: the kept copy, else the network.
async function keptFirst(request) {
  return (await caches.match(request, { ignoreSearch: false })) || fetch(request);
}

// The answer if it comes within NETWORK_WAIT_MS, else undefined (the fetch goes on).
function withinWait(answer) {
  const wait = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS));
  return Promise.race([answer, wait]);
}
