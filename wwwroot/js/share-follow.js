// The Share panel following the view: on a page whose view changes in place (the map), the panel and the head's
// metadata are brought up to date with it. The server writes every word of both: when the page announces a new view
// ("atlas:viewchange", { path, search }) this asks /share-panel for them and swaps them in. While that answer is on
// its way the panel is marked busy, and a copy waits for it, so nobody is handed the citation of a view they have left.

/**
 * Starts following the view for <panel>; <rewriteEmbed> redraws the embed snippet from the embed choices, whose
 * controls' ids are <embedControls>. Returns settled(), which resolves once the panel describes the view last announced.
 */
export function followView(panel, rewriteEmbed, embedControls) {
  /** How long the view must rest before the panel is asked for: filters fire once, but keys on the slider repeat. */
  const REST_MS = 150;

  const edition = panel.dataset.edition;
  let described = viewAddress(...loadedAddress());
  let latest = 0;
  let timer = 0;
  let controller = null;
  let waiting = [];

  /** The view's address as the panel is asked for it: pinned to the edition the page shows, as the panel's link is. */
  function viewAddress(path, search) {
    const query = new URLSearchParams(search);
    if (edition && !query.has("edition")) query.set("edition", edition);
    const text = query.toString();
    return path + (text ? `?${text}` : "");
  }

  /** The address the page was loaded with, which the server-rendered panel describes, even if the URL changed since. */
  function loadedAddress() {
    const navigation = performance.getEntriesByType?.("navigation")[0];
    const url = new URL(navigation?.name || location.href, location.href);
    return [url.pathname, url.search];
  }

  /** Resolves once the panel describes the view last announced (or has said it could not). */
  function settled() {
    return panel.getAttribute("aria-busy") === "true" ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve();
  }

  function setBusy(busy) {
    if (busy) {
      panel.setAttribute("aria-busy", "true");
      return;
    }
    panel.removeAttribute("aria-busy");
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  }

  function follow(path, search) {
    const address = viewAddress(path, search);
    clearTimeout(timer);
    // Whatever answer is on its way describes a view the page has left.
    latest++;
    controller?.abort();
    controller = null;
    if (address === described) {
      setBusy(false);
      return;
    }
    setBusy(true);
    timer = setTimeout(() => refresh(address), REST_MS);
  }

  async function refresh(address) {
    const ask = ++latest;
    controller?.abort();
    const own = controller = new AbortController();
    try {
      const response = await fetch(`/share-panel?url=${encodeURIComponent(address)}`, { signal: own.signal, headers: { Accept: "text/html" } });
      if (!response.ok) throw new Error(`/share-panel answered ${response.status}`);
      const html = await response.text();
      // A later view was asked for meanwhile: its answer, not this one, describes the page.
      if (ask !== latest) return;
      swap(new DOMParser().parseFromString(html, "text/html"));
      described = address;
      showStale(false);
    } catch (error) {
      if (own.signal.aborted || ask !== latest) return;
      showStale(true, error);
    }
    controller = null;
    setBusy(false);
  }

  /** Replaces the panel's content and the head's view metadata with the answer's, keeping what the reader had open. */
  function swap(answer) {
    const fresh = answer.querySelector("section.share");
    const head = answer.querySelector("template#view-meta");
    if (!fresh || !head) throw new Error("/share-panel answered without a panel");

    const open = new Map([...panel.querySelectorAll("details")].map((d) => [detailsKey(d), d.open]));
    const focused = panel.contains(document.activeElement) ? focusKey(document.activeElement) : null;
    const choices = embedControls.map((id) => document.getElementById(id)).filter(Boolean)
      .map((control) => [control.id, control.type === "checkbox" ? control.checked : control.value]);
    const status = panel.querySelector(".share-status");

    panel.replaceChildren(...fresh.childNodes);
    panel.dataset.edition = fresh.dataset.edition ?? "";
    if (status) panel.querySelector("h2")?.after(status);
    for (const details of panel.querySelectorAll("details")) {
      const key = detailsKey(details);
      if (open.has(key)) details.open = open.get(key);
    }
    for (const [id, value] of choices) {
      const control = document.getElementById(id);
      if (!control) continue;
      if (control.type === "checkbox") control.checked = value;
      else if ([...control.options].some((o) => o.value === value)) control.value = value;
    }
    rewriteEmbed();
    if (focused) panel.querySelector(focused)?.focus({ preventScroll: true });

    replaceHead(head.content);
    // The page's title is its view's, as its citation's is.
    const title = head.content.querySelector('meta[name="citation_title"]')?.getAttribute("content");
    if (title) document.title = `${title} · Industrial Atlas`;
  }

  /** Every view has the same set of head tags: each new one takes the place of the old one of the same name. */
  function replaceHead(tags) {
    const fresh = [...tags.children].map((tag) => document.importNode(tag, true));
    const keys = new Set(fresh.map(headKey));
    const old = [...document.head.children].filter((tag) => keys.has(headKey(tag)));
    if (old.length > 0) old[0].before(...fresh);
    else document.head.append(...fresh);
    for (const tag of old) tag.remove();
  }

  function headKey(tag) {
    return [tag.localName, ...["rel", "type", "hreflang", "name", "property"].map((a) => tag.getAttribute(a) ?? "")].join("|");
  }

  function detailsKey(details) {
    return details.querySelector(".citation")?.dataset.style ?? details.querySelector("summary")?.textContent ?? "";
  }

  /** A selector that finds, in the new panel, the counterpart of the control that had focus in the old one. */
  function focusKey(element) {
    if (element.id) return `#${CSS.escape(element.id)}`;
    if (element.matches("button[data-copy]")) {
      return `button[data-copy="${CSS.escape(element.dataset.copy)}"]${"copyHtml" in element.dataset ? "[data-copy-html]" : ":not([data-copy-html])"}`;
    }
    const details = element.closest("details");
    const style = details?.querySelector(".citation")?.dataset.style;
    if (!style) return null;
    if (element.localName === "summary") return `details:has([data-style="${CSS.escape(style)}"]) > summary`;
    if (element.matches("a.citation-file")) return `details:has([data-style="${CSS.escape(style)}"]) a.citation-file`;
    return null;
  }

  /** A visible note when the panel could not follow the view: what it shows is the earlier view's, and how to fix it. */
  function showStale(stale, error) {
    let status = panel.querySelector(".share-status");
    if (!stale) {
      status?.remove();
      panel.removeAttribute("data-stale");
      return;
    }
    if (error) console.warn("The Share panel could not follow the view:", error);
    if (!status) {
      status = document.createElement("p");
      status.className = "share-status";
      status.setAttribute("role", "status");
      panel.querySelector("h2")?.after(status);
    }
    panel.setAttribute("data-stale", "true");
    const reload = document.createElement("a");
    reload.href = location.href;
    reload.textContent = "Reload the page";
    status.replaceChildren(
      "The link, embed and citations below still describe the earlier view, not the one on the map: they could not be brought up to date. ",
      reload, " to get those of this view.");
  }

  document.addEventListener("atlas:viewchange", (event) => {
    const { path, search } = event.detail ?? {};
    if (typeof path === "string") follow(path, typeof search === "string" ? search : "");
  });
  // The map may have written its view before this script was listening.
  if (viewAddress(location.pathname, location.search) !== described) follow(location.pathname, location.search);
  return { settled };
}
