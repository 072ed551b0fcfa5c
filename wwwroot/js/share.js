// Share, embed, cite: copy buttons and the embed kind and size choice; share-follow.js keeps the panel and the head's
// metadata in step with a view that changes in place (the map). Without this script the fields can still be selected
// and copied by hand, and they describe the view the page was loaded with.
import { followView } from "./share-follow.js";

const panel = document.querySelector("section.share");
const escape = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

// Copy buttons, by delegation: the panel's content is replaced whenever the view changes.
document.addEventListener("click", async (event) => {
  const button = event.target instanceof Element ? event.target.closest("button[data-copy]") : null;
  if (!button) return;
  const id = button.dataset.copy;
  const asHtml = "copyHtml" in button.dataset;
  await follower.settled();
  // The panel may have been swapped meanwhile: copy from, and report on, its current counterpart.
  const current = button.isConnected ? button
    : document.querySelector(`button[data-copy="${CSS.escape(id)}"]${asHtml ? "[data-copy-html]" : ":not([data-copy-html])"}`) ?? button;
  const source = document.getElementById(id);
  if (!source) return;
  // A rendered citation keeps citeproc-js's plain text beside its HTML; "Copy" puts both on the clipboard, so a
  // word processor keeps the italics and a plain field gets the text.
  const text = source.dataset.text ?? ("value" in source && source.tagName !== "PRE" ? source.value : source.textContent);
  try {
    if (asHtml && window.ClipboardItem) {
      await navigator.clipboard.write([new ClipboardItem({
        "text/html": new Blob([source.innerHTML], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      })]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    flash(current, "Copied");
  } catch {
    if (source.select) source.select();
    flash(current, "Press Ctrl+C to copy");
  }
});

// The embed snippet: responsive (the iframe plus /js/embed.js, which sizes it to its content), a fixed iframe, or
// the view's picture; a claim offers its card or the map; a map may hide its controls (controls=0).
const EMBED_CONTROLS = ["embed-kind", "embed-what", "embed-size", "embed-bare"];

function rewriteEmbed() {
  const options = document.getElementById("embed-options");
  const snippet = document.getElementById("share-embed");
  const [kind, what, size, bare] = EMBED_CONTROLS.map((id) => document.getElementById(id));
  if (!options || !snippet || !kind || !size) return;
  const o = options.dataset;
  const card = what && what.value === "card";
  let src = card ? o.cardSrc : o.embedSrc;
  if (!card && bare && bare.checked) src += (src.includes("?") ? "&" : "?") + "controls=0";
  const [width, height] = size.value.split("x");
  size.disabled = kind.value !== "fixed";
  if (kind.value === "image") {
    snippet.value = `<a href="${escape(o.link)}"><img src="${escape(o.image)}" width="1200" height="630" style="max-width:100%;height:auto" alt="${escape(o.alt)}"></a>`;
  } else if (kind.value === "fixed") {
    snippet.value = `<iframe src="${escape(src)}" width="${width}" height="${height}" title="${escape(o.embedTitle)}" loading="lazy"></iframe>`;
  } else {
    snippet.value = `<iframe src="${escape(src)}" width="100%" height="${card ? 360 : 480}" style="border:0;max-width:100%" title="${escape(o.embedTitle)}" loading="lazy" data-industrial-atlas></iframe>\n<script async src="${escape(o.script)}"></script>`;
  }
}

document.addEventListener("change", (event) => {
  if (event.target instanceof Element && EMBED_CONTROLS.includes(event.target.id)) rewriteEmbed();
});
// The server wrote the snippet for the controls as it set them; only controls the browser restored otherwise (back,
// forward, a reload) need it written again, so a page load does not redo the server's work.
if (EMBED_CONTROLS.some((id) => restored(document.getElementById(id)))) rewriteEmbed();

function restored(control) {
  if (!control) return false;
  if (control instanceof HTMLSelectElement) {
    // A select whose markup marks no option shows its first.
    const marked = [...control.options].findIndex((o) => o.defaultSelected);
    return control.selectedIndex !== Math.max(marked, 0);
  }
  return "checked" in control && control.checked !== control.defaultChecked;
}

function flash(button, text) {
  const original = button.dataset.label ?? button.textContent;
  button.dataset.label = original;
  button.textContent = text;
  setTimeout(() => { button.textContent = original; }, 1500);
}

// Copies wait for the panel to describe the view on the page.
const follower = panel ? followView(panel, rewriteEmbed, EMBED_CONTROLS) : { settled: () => Promise.resolve() };
