// The atlas's markers on one canvas. Leaflet's canvas renderer fills and strokes a circle path per marker, which on
// a slider step with hundreds of markers costs the better part of a frame; this one draws each circle once per style
// (era colour, dashed ring or not) into a small image and copies that image to every marker of the style. Clicks,
// hovers and popups stay Leaflet's own: they use the marker's geometry, not its pixels.

const sprites = new Map();

export function markerCanvas(options) {
  const L = window.L;
  const Renderer = L.Canvas.extend({
    _updateCircle(layer) {
      if (!this._drawing || layer._empty()) return;
      const sprite = spriteOf(layer);
      const point = layer._point;
      this._ctx.drawImage(sprite.image, Math.round(point.x) - sprite.centre, Math.round(point.y) - sprite.centre, sprite.size, sprite.size);
    },
  });
  return new Renderer(options);
}

function spriteOf(layer) {
  const { fillColor, color, weight, dashArray } = layer.options;
  const radius = Math.max(Math.round(layer._radius), 1);
  const key = `${fillColor}|${color}|${weight}|${dashArray ?? ""}|${radius}`;
  let sprite = sprites.get(key);
  if (sprite) return sprite;
  // Drawn at the screen's pixel density, so a copied marker is as sharp as a drawn one.
  const scale = window.devicePixelRatio > 1 ? 2 : 1;
  const centre = radius + Math.ceil(weight / 2) + 1;
  const size = centre * 2;
  const image = document.createElement("canvas");
  image.width = image.height = size * scale;
  const ctx = image.getContext("2d");
  ctx.scale(scale, scale);
  ctx.beginPath();
  ctx.arc(centre, centre, radius, 0, Math.PI * 2);
  ctx.fillStyle = fillColor;
  ctx.fill();
  if (weight > 0) {
    if (dashArray) ctx.setLineDash(String(dashArray).split(/[, ]+/).map(Number));
    ctx.lineWidth = weight;
    ctx.strokeStyle = color;
    ctx.stroke();
  }
  sprite = { image, centre, size };
  sprites.set(key, sprite);
  return sprite;
}
