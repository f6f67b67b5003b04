// Export of the current view (what is drawn and not filtered out, where it is drawn): as SVG, as PNG,
// and as one self-contained HTML file (the SVG inline, the ties with their evidence, no script and no
// outside reference), which opens offline anywhere.
function escapeXml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

const fmt = n => (Math.round(n * 10) / 10).toString();

function shapePath(node, x, y, w, h) {
  const fill = node.style('background-color');
  const stroke = node.style('border-color');
  const width = parseFloat(node.style('border-width')) || 1;
  const paint = `fill="${escapeXml(fill)}" stroke="${escapeXml(stroke)}" stroke-width="${fmt(width)}"`;
  switch (node.style('shape')) {
    case 'diamond':
      return `<polygon points="${fmt(x)},${fmt(y - h / 2)} ${fmt(x + w / 2)},${fmt(y)} ${fmt(x)},${fmt(y + h / 2)} ${fmt(x - w / 2)},${fmt(y)}" ${paint}/>`;
    case 'round-rectangle':
    case 'rectangle':
      return `<rect x="${fmt(x - w / 2)}" y="${fmt(y - h / 2)}" width="${fmt(w)}" height="${fmt(h)}" rx="3" ${paint}/>`;
    case 'hexagon': {
      const pts = [0, 1, 2, 3, 4, 5].map(i => { const a = Math.PI / 3 * i; return `${fmt(x + (w / 2) * Math.cos(a))},${fmt(y + (h / 2) * Math.sin(a))}`; });
      return `<polygon points="${pts.join(' ')}" ${paint}/>`;
    }
    default:
      return `<ellipse cx="${fmt(x)}" cy="${fmt(y)}" rx="${fmt(w / 2)}" ry="${fmt(h / 2)}" ${paint}/>`;
  }
}

export function viewSvg(cy, title) {
  const visible = cy.elements(':visible');
  const box = visible.nonempty() ? visible.boundingBox({ includeLabels: true }) : { x1: 0, y1: 0, w: 100, h: 100 };
  const pad = 20;
  const top = 30;
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(box.w + 2 * pad)}" height="${fmt(box.h + 2 * pad + top)}" ` +
    `viewBox="${fmt(box.x1 - pad)} ${fmt(box.y1 - pad - top)} ${fmt(box.w + 2 * pad)} ${fmt(box.h + 2 * pad + top)}" font-family="DejaVu Sans, sans-serif">`,
    `<rect x="${fmt(box.x1 - pad)}" y="${fmt(box.y1 - pad - top)}" width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${fmt(box.x1)}" y="${fmt(box.y1 - pad - top + 18)}" font-size="14">${escapeXml(title)}</text>`];
  visible.edges().forEach(edge => {
    const s = edge.sourceEndpoint();
    const t = edge.targetEndpoint();
    const dash = edge.style('line-style') === 'dashed' ? ' stroke-dasharray="6,4"' : edge.style('line-style') === 'dotted' ? ' stroke-dasharray="2,3"' : '';
    out.push(`<line x1="${fmt(s.x)}" y1="${fmt(s.y)}" x2="${fmt(t.x)}" y2="${fmt(t.y)}" stroke="${escapeXml(edge.style('line-color'))}" ` +
      `stroke-width="${fmt(parseFloat(edge.style('width')) || 1)}" opacity="${fmt(Number(edge.style('opacity')))}"${dash}><title>${escapeXml(edge.data('kind') ?? '')}</title></line>`);
  });
  visible.nodes().forEach(node => {
    const { x, y } = node.position();
    out.push(`<g opacity="${fmt(Number(node.style('opacity')))}">${shapePath(node, x, y, node.width(), node.height())}` +
      `<text x="${fmt(x)}" y="${fmt(y + node.height() / 2 + 12)}" font-size="11" text-anchor="middle">${escapeXml(node.data('label'))}</text></g>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

export function viewHtml(cy, title, rows) {
  const svg = viewSvg(cy, title);
  const table = rows.map(r => `<tr><td>${escapeXml(r.from)}</td><td>${escapeXml(r.kind)}</td><td>${escapeXml(r.to)}</td><td>${escapeXml(r.date)}</td>` +
    `<td>${escapeXml(r.confidence)}</td><td>${r.evidence.map(e => escapeXml(e)).join('<br>')}</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<style>body{font:14px/1.4 "DejaVu Sans",sans-serif;margin:16px;color:#1d232b}svg{max-width:100%;height:auto;border:1px solid #d5dbe2}
table{border-collapse:collapse;margin-top:12px;font-size:12px}td,th{border:1px solid #d5dbe2;padding:3px 6px;text-align:left;vertical-align:top}</style>
</head><body><h1>${escapeXml(title)}</h1>
${svg}
<table><thead><tr><th>From</th><th>Tie</th><th>To</th><th>Date</th><th>Conf.</th><th>Evidence</th></tr></thead><tbody>
${table}
</tbody></table>
<p>Written by ActorGraph from the view on screen; this file needs no network.</p>
</body></html>
`;
}

export function download(name, content, type) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
