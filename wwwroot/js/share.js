// Share, embed, cite: copy buttons and the embed size choice. Without this script the fields can still be
// selected and copied by hand.
for (const button of document.querySelectorAll("button[data-copy]")) {
  button.addEventListener("click", async () => {
    const source = document.getElementById(button.dataset.copy);
    const text = "value" in source && source.tagName !== "PRE" ? source.value : source.textContent;
    try {
      await navigator.clipboard.writeText(text);
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
