/** A figure as mpld3 describes it to its renderer (a subset: line plots, scatter points, images). */
export interface FigureSpec {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly xlabel: string;
  readonly ylabel: string;
  readonly xdomain: readonly [number, number];
  readonly ydomain: readonly [number, number];
  readonly lines: readonly {
    readonly label: string;
    readonly color: string;
    readonly data: readonly (readonly [number, number])[];
  }[];
  /** An image drawn over the whole axes (imshow), as a data: URI. */
  readonly image?: string;
}

/**
 * The renderer mpld3 would load from its CDN, reduced to what these figures use, inline so the page
 * needs no network: it draws the figure spec into an SVG (axes, ticks, lines, image, legend).
 */
const renderer = `
(function (global) {
  var NS = "http://www.w3.org/2000/svg";
  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    for (var k in attrs) node.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(node);
    return node;
  }
  function ticks(lo, hi, n) {
    var step = (hi - lo) / n, out = [];
    for (var i = 0; i <= n; i++) out.push(lo + step * i);
    return out;
  }
  function fmt(v) { return Math.abs(v) >= 1000 ? v.toFixed(0) : Number(v.toPrecision(3)).toString(); }
  function draw_figure(id, fig) {
    var m = { l: 60, r: 20, t: 36, b: 48 };
    var w = fig.width - m.l - m.r, h = fig.height - m.t - m.b;
    var sx = function (x) { return m.l + (x - fig.xdomain[0]) / (fig.xdomain[1] - fig.xdomain[0]) * w; };
    var sy = function (y) { return m.t + h - (y - fig.ydomain[0]) / (fig.ydomain[1] - fig.ydomain[0]) * h; };
    var svg = el("svg", { width: fig.width, height: fig.height, "class": "mpld3-figure", "font-family": "sans-serif" });
    el("rect", { x: 0, y: 0, width: fig.width, height: fig.height, fill: "#fff" }, svg);
    var axes = el("g", { "class": "mpld3-axes" }, svg);
    if (fig.image) {
      el("image", { href: fig.image, x: m.l, y: m.t, width: w, height: h, preserveAspectRatio: "none" }, axes);
    }
    ticks(fig.xdomain[0], fig.xdomain[1], 5).forEach(function (v) {
      el("line", { x1: sx(v), x2: sx(v), y1: m.t + h, y2: m.t + h + 5, stroke: "#000" }, axes);
      el("text", { x: sx(v), y: m.t + h + 18, "text-anchor": "middle", "font-size": 11 }, axes).textContent = fmt(v);
    });
    ticks(fig.ydomain[0], fig.ydomain[1], 5).forEach(function (v) {
      el("line", { x1: m.l - 5, x2: m.l, y1: sy(v), y2: sy(v), stroke: "#000" }, axes);
      el("text", { x: m.l - 8, y: sy(v) + 4, "text-anchor": "end", "font-size": 11 }, axes).textContent = fmt(v);
    });
    el("rect", { x: m.l, y: m.t, width: w, height: h, fill: "none", stroke: "#000" }, axes);
    fig.lines.forEach(function (line, i) {
      var d = line.data.map(function (p, j) { return (j ? "L" : "M") + sx(p[0]).toFixed(1) + "," + sy(p[1]).toFixed(1); }).join("");
      el("path", { d: d, fill: "none", stroke: line.color, "stroke-width": 1.5, "class": "mpld3-line" }, axes);
      el("rect", { x: m.l + w - 130, y: m.t + 10 + i * 18, width: 14, height: 3, fill: line.color }, axes);
      el("text", { x: m.l + w - 110, y: m.t + 15 + i * 18, "font-size": 11 }, axes).textContent = line.label;
    });
    el("text", { x: m.l + w / 2, y: 22, "text-anchor": "middle", "font-size": 14 }, svg).textContent = fig.title;
    el("text", { x: m.l + w / 2, y: fig.height - 8, "text-anchor": "middle", "font-size": 12 }, svg).textContent = fig.xlabel;
    el("text", { x: 14, y: m.t + h / 2, "text-anchor": "middle", "font-size": 12, transform: "rotate(-90 14 " + (m.t + h / 2) + ")" }, svg).textContent = fig.ylabel;
    document.getElementById(id).appendChild(svg);
  }
  global.mpld3 = { _mpld3IsLoaded: true, draw_figure: draw_figure };
})(window);`;

/** Like `mpld3.fig_to_html(fig)`: a style block, the figure's div and the script that draws it. */
export function mpld3Html(figure: FigureSpec): string {
  const spec = JSON.stringify(figure).replace(/</g, '\\u003c');
  return [
    '<style>',
    '.mpld3-figure { overflow: visible; }',
    '.mpld3-line:hover { stroke-width: 3; }',
    '</style>',
    '',
    `<div id="${figure.id}"></div>`,
    '<script>',
    renderer.trim(),
    '',
    `mpld3.draw_figure(${JSON.stringify(figure.id)}, ${spec});`,
    '</script>',
    '',
  ].join('\n');
}
