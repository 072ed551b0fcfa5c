// Share, embed, cite: copy buttons and the embed size choice. Without this script the fields can still be
// selected and copied by hand.
for (const button of document.querySelectorAll("button[data-copy]")) {
  button.addEventListener("click", async () => {
    const source = document.getElementById(button.dataset.copy);
    // A rendered citation keeps citeproc-js's plain text beside its HTML; "Copy" puts both on the clipboard, so a
    // word processor keeps the italics and a plain field gets the text.
    const text = source.dataset.text ?? ("value" in source && source.tagName !== "PRE" ? source.value : source.textContent);
    try {
      if ("copyHtml" in button.dataset && window.ClipboardItem) {
        await navigator.clipboard.write([new ClipboardItem({
          "text/html": new Blob([source.innerHTML], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        })]);
      } else {
        await navigator.clipboard.writeText(text);
      }
      flash(button, "Copied");
    } catch {
      if (source.select) source.select();
      flash(button, "Press Ctrl+C to copy");
    }
  });
}

// The embed snippet: responsive (the iframe plus /js/embed.js, which sizes it to its content), a fixed iframe, or
// the view's picture; a claim offers its card or the map; a map may hide its controls (controls=0).
const options = document.getElementById("embed-options");
const snippet = document.getElementById("share-embed");
if (options && snippet) {
  const kind = document.getElementById("embed-kind");
  const what = document.getElementById("embed-what");
  const size = document.getElementById("embed-size");
  const bare = document.getElementById("embed-bare");
  const escape = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const rewrite = () => {
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
  };
  for (const control of [kind, what, size, bare]) control?.addEventListener("change", rewrite);
  rewrite();
}

function flash(button, text) {
  const original = button.dataset.label ?? button.textContent;
  button.dataset.label = original;
  button.textContent = text;
  setTimeout(() => { button.textContent = original; }, 1500);
}
