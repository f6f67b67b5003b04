// Evidence lists, folded: the same source, paragraph and note cited several times is one line with a
// count ("para 2 (x3)"), and past the first few lines the rest is behind a "n more" toggle.
import { el } from './dom.js';

const shownBeforeFold = 3;

// Groups identical citations, keeping first-seen order.
export function foldEvidence(items) {
  const groups = new Map();
  for (const e of items ?? []) {
    const key = `${e.sourceId}\u0000${e.locator ?? ''}\u0000${e.note ?? ''}`;
    const group = groups.get(key);
    if (group) group.count += 1; else groups.set(key, { ...e, count: 1 });
  }
  return [...groups.values()];
}

// `sources` maps a source id to the source (title, date, url) from /api/graph.
export function evidenceList(items, sources = new Map()) {
  const folded = foldEvidence(items);
  if (folded.length === 0) return el('p', { class: 'evidence empty' }, 'no evidence recorded');
  const line = e => {
    const source = sources.get(e.sourceId) ?? {};
    const title = e.sourceTitle ?? source.title ?? e.sourceId;
    const date = e.sourceDate ?? source.date;
    const url = source.url;
    return el('li', {},
      url ? el('a', { class: 'src', href: url, target: '_blank', rel: 'noopener noreferrer' }, title) : el('span', { class: 'src' }, title),
      date ? ` (${date})` : '',
      e.locator ? `, ${e.locator}` : '',
      e.count > 1 ? el('span', { class: 'count' }, ` (x${e.count})`) : '',
      e.note ? `: ${e.note}` : '');
  };
  const list = el('ul', { class: 'evidence' }, folded.slice(0, shownBeforeFold).map(line));
  if (folded.length <= shownBeforeFold) return list;
  const rest = folded.slice(shownBeforeFold);
  return el('div', {}, list,
    el('details', { class: 'more' }, el('summary', {}, `${rest.length} more`), el('ul', { class: 'evidence' }, rest.map(line))));
}
