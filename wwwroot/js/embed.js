// For the page that embeds the atlas: sizes each Industrial Atlas iframe to its content. Add it once, after the
// iframes: <script async src="https://…/js/embed.js"></script>. Only messages from an atlas iframe on this page are
// read, and only their height is used.
(() => {
  const origin = new URL(document.currentScript ? document.currentScript.src : location.href).origin;
  window.addEventListener("message", (event) => {
    if (event.origin !== origin || !event.data || event.data.type !== "industrial-atlas:resize") return;
    for (const frame of document.querySelectorAll("iframe[data-industrial-atlas]")) {
      if (frame.contentWindow !== event.source) continue;
      const height = Number(event.data.height);
      if (Number.isFinite(height) && height > 0 && height < 20000) frame.style.height = `${height}px`;
    }
  });
})();
