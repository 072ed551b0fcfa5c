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

const size = document.getElementById("embed-size");
const snippet = document.getElementById("share-embed");
if (size && snippet) {
  size.addEventListener("change", () => {
    const [width, height] = size.value.split("x");
    const iframe = document.createElement("iframe");
    iframe.setAttribute("src", size.dataset.embedSrc);
    iframe.setAttribute("width", width);
    iframe.setAttribute("height", height);
    iframe.setAttribute("title", size.dataset.embedTitle);
    iframe.setAttribute("loading", "lazy");
    snippet.value = iframe.outerHTML;
  });
}

function flash(button, text) {
  const original = button.dataset.label ?? button.textContent;
  button.dataset.label = original;
  button.textContent = text;
  setTimeout(() => { button.textContent = original; }, 1500);
}
