// Tiny DOM helpers shared by the panel renderers.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('data-') || key.startsWith('aria-') || key === 'role' || key === 'tabindex') node.setAttribute(key, value);
    else node[key] = value;
  }
  fill(node, children, false);
  return node;
}

// Sets (or appends) children, flattening nested arrays and skipping null/undefined/''.
export function fill(container, children, replace = true) {
  const nodes = [children].flat(Infinity).filter(c => c !== null && c !== undefined && c !== '' && c !== false);
  if (replace) container.replaceChildren(...nodes); else container.append(...nodes);
}

// A date range as the CLI writes it: 2024-11-29, 2024-01-01..2024-06-30, until 2024-06-30.
export function when(range) {
  if (!range || (!range.start && !range.end)) return '';
  if (range.start && range.end) return range.start === range.end ? range.start : `${range.start}..${range.end}`;
  return range.start ?? `until ${range.end}`;
}
