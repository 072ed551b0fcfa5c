// Inside an embed: tells the page around the iframe how tall the content is, so /js/embed.js there can size the
// iframe to fit it. The message carries only a height; without the host script the iframe keeps its own size.
// The height is the body's, not the document's scroll height: that is never less than the frame itself, so a frame
// once made taller (by content that later shrank) would never be told to shrink again.
if (window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last || height === 0) return;
    last = height;
    window.parent.postMessage({ type: "industrial-atlas:resize", height, href: location.href }, "*");
  };
  new ResizeObserver(report).observe(document.body);
  window.addEventListener("load", report);
  report();
}
