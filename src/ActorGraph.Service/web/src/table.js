// The data table beside the graph: one row per drawn, unfiltered tie; a click or Enter on a row
// selects the tie in the drawing and shows its evidence.
import { el, fill, when } from './dom.js';

// The ties on screen: drawn, not filtered out, valid on the date. Read from the classes, not from
// ':visible', whose style may not be recomputed yet right after a filter changes.
export function shownTies(cy) {
  return cy.edges().filter(e => e.data('relation') !== undefined && !e.hasClass('filtered') && !e.hasClass('off-date'));
}

export function tableRows(cy, relationsById, names) {
  const name = id => names.get(id)?.name ?? id;
  return shownTies(cy)
    .map(e => {
      const r = relationsById.get(e.data('relation'));
      return {
        id: e.id(), from: name(r.source), kind: r.kind + (r.modality && r.modality !== 'reported' ? ` (${r.modality})` : ''),
        to: name(r.target), date: when(r.when), confidence: String(r.confidence ?? ''),
        evidence: (r.evidence ?? []).map(x => [x.sourceId, x.locator, x.note].filter(Boolean).join(', ')),
      };
    })
    .sort((x, y) => x.from.localeCompare(y.from) || x.to.localeCompare(y.to) || x.kind.localeCompare(y.kind));
}

export function renderTable(body, rows, onSelect) {
  fill(body, rows.map(row => {
    const tr = el('tr', { tabindex: '0', 'data-edge': row.id },
      el('td', {}, row.from), el('td', {}, row.kind), el('td', {}, row.to), el('td', {}, row.date), el('td', {}, row.confidence));
    tr.addEventListener('click', () => onSelect(row.id));
    tr.addEventListener('keydown', event => { if (event.key === 'Enter') onSelect(row.id); });
    return tr;
  }));
}
