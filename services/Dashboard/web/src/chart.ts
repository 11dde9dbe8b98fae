// A small inline SVG line of an indicator's value per quarter, with its target as a dashed line.

const svgNs = "http://www.w3.org/2000/svg";

export interface Point {
  label: string;
  value: number;
}

export function sparkline(points: Point[], target: number, caption: string): SVGSVGElement {
  const width = 240;
  const height = 64;
  const pad = 6;
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("class", "sparkline");
  svg.setAttribute("role", "img");
  const title = document.createElementNS(svgNs, "title");
  title.textContent = `${caption}: ${points.map((p) => `${p.label} ${p.value}`).join(", ")}`;
  svg.append(title);
  if (points.length === 0) {
    return svg;
  }

  const values = points.map((p) => p.value).concat([target]);
  const min = Math.min(0, ...values);
  const max = Math.max(...values, min + 1);
  const x = (i: number) => (points.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v: number) => height - pad - ((v - min) * (height - 2 * pad)) / (max - min);

  const goal = document.createElementNS(svgNs, "line");
  goal.setAttribute("x1", String(pad));
  goal.setAttribute("x2", String(width - pad));
  goal.setAttribute("y1", String(y(target)));
  goal.setAttribute("y2", String(y(target)));
  goal.setAttribute("class", "sparkline-target");
  svg.append(goal);

  const line = document.createElementNS(svgNs, "polyline");
  line.setAttribute("points", points.map((p, i) => `${x(i)},${y(p.value)}`).join(" "));
  line.setAttribute("class", "sparkline-line");
  svg.append(line);

  points.forEach((p, i) => {
    const dot = document.createElementNS(svgNs, "circle");
    dot.setAttribute("cx", String(x(i)));
    dot.setAttribute("cy", String(y(p.value)));
    dot.setAttribute("r", "3");
    dot.setAttribute("class", "sparkline-dot");
    svg.append(dot);
  });
  return svg;
}
