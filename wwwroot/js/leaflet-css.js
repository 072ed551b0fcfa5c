// Leaflet's stylesheet is linked as a print sheet, so it holds up neither the first paint nor the parser; a map
// applies it to the screen before it is made, once it has loaded (or failed: the map then works unstyled).
export function leafletStyles() {
  const link = document.getElementById("leaflet-css");
  if (!link || link.media === "all") return Promise.resolve();
  return new Promise((resolve) => {
    const apply = () => {
      link.media = "all";
      resolve();
    };
    if (link.sheet) apply();
    else {
      link.addEventListener("load", apply, { once: true });
      link.addEventListener("error", apply, { once: true });
    }
  });
}
