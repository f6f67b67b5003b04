// Lists of mediators and paths, each tie with its evidence (source, paragraph, note).

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') node.className = value; else if (key.startsWith('data-')) node.setAttribute(key, value); else node[key] = value;
  }
  fill(node, children, false);
  return node;
}

// Sets (or appends) children, flattening nested arrays and skipping null/undefined.
function fill(container, children, replace = true) {
  const nodes = [children].flat(Infinity).filter(c => c !== null && c !== undefined && c !== '');
  if (replace) container.replaceChildren(...nodes); else container.append(...nodes);
}

// `names` is a Map from actor id to actor (every actor, not only those drawn).
function nameOf(names, id) {
  return names.get(id)?.name ?? id;
}

function when(range) {
  if (!range || (!range.start && !range.end)) return '';
  if (range.start && range.end) return range.start === range.end ? range.start : `${range.start}..${range.end}`;
  return range.start ?? `until ${range.end}`;
}

export function evidenceList(items) {
  if (!items || items.length === 0) return el('p', { class: 'evidence empty' }, 'no evidence recorded');
  return el('ul', { class: 'evidence' }, items.map(e => el('li', {},
    el('span', { class: 'src' }, e.sourceTitle ?? e.sourceId),
    e.locator ? `, ${e.locator}` : '',
    e.note ? `: ${e.note}` : '')));
}

// --- mediators -------------------------------------------------------------------------------

// Reported mediators and structural candidates are highlighted; involved actors are only listed.
export function mediatorEntries(result) {
  return [
    ...(result.explicit ?? []).map(m => ({ ...m, badge: 'reported', label: 'reported mediator' })),
    ...(result.structural ?? []).map(m => ({ ...m, badge: 'structural', label: 'structural broker (candidate)' })),
  ];
}

export function mediatorIds(result) {
  return new Set(mediatorEntries(result).map(entry => entry.actorId));
}

function entryItem(entry, names) {
  return el('div', { class: 'item mediator-item', 'data-actor-id': entry.actorId, 'data-group': entry.group },
    el('span', { class: 'name' }, entry.name),
    el('span', { class: `badge ${entry.badge ?? ''}` }, entry.label ?? entry.role),
    el('div', { class: 'why' }, entry.description),
    (entry.processes ?? []).flatMap(p => [
      el('div', { class: 'why' }, `process: ${p.name} (${p.status}) ${when(p.when)}`),
      evidenceList(p.evidence),
    ]),
    (entry.evidence ?? []).flatMap(t => [
      el('div', { class: 'why' }, `${nameOf(names, t.source)} — ${t.kind} — ${nameOf(names, t.target)} ${when(t.when)}`),
      evidenceList(t.evidence),
    ]));
}

export function renderMediators(container, result, names) {
  const entries = mediatorEntries(result);
  const involved = (result.involved ?? []).map(m => ({ ...m, label: m.role }));
  fill(container, [
    el('p', { class: 'why' }, result.summary ?? ''),
    el('h3', {}, `Mediators (${entries.length})`),
    entries.length ? entries.map(e => entryItem(e, names)) : el('p', { class: 'empty' }, 'no mediator on record'),
    involved.length ? el('h3', {}, `Also involved (${involved.length})`) : null,
    involved.map(e => entryItem(e, names))]);
}

// --- paths -----------------------------------------------------------------------------------

export function pathSteps(result) {
  return (result.paths ?? []).flatMap(path => (path.hops ?? []).map(hop => ({ from: hop.from, to: hop.to, relationId: hop.tie?.relationId })));
}

export function renderPaths(container, result, names) {
  const paths = result.paths ?? [];
  const items = paths.map(path => el('div', { class: 'item path-item' },
    el('span', { class: 'name' }, `#${path.rank}: ${path.actors.map(id => nameOf(names, id)).join(' → ')}`),
    el('span', { class: 'badge' }, `${path.hops.length} hop${path.hops.length === 1 ? '' : 's'}, distance ${Number(path.cost).toFixed(2)}`),
    path.hops.flatMap(hop => [
      el('div', { class: 'why' }, `${nameOf(names, hop.from)} — ${hop.tie.kind} — ${nameOf(names, hop.to)} ${when(hop.tie.when)}` +
        (hop.tie.modality && hop.tie.modality !== 'reported' ? ` (${hop.tie.modality})` : '')),
      evidenceList(hop.tie.evidence),
    ])));
  fill(container, [el('h3', {}, `Mediation paths (${paths.length})`),
    items.length ? items : el('p', { class: 'empty' }, result.explanation ?? 'no path')]);
}

// --- one actor -------------------------------------------------------------------------------

export function renderSelection(container, profile) {
  const actor = profile.actor;
  fill(container, [
    el('h2', {}, actor.name),
    el('div', { class: 'why' }, [actor.kind, actor.country, actor.description].filter(Boolean).join(' · ')),
    el('h3', {}, `Ties (${profile.relations.length})`),
    profile.relations.slice(0, 40).map(t => el('div', { class: 'item' },
      el('div', {}, `${t.kind} ${t.direction === 'incoming' ? '←' : t.direction === 'outgoing' ? '→' : '↔'} ${t.other.name} ${when(t.when)}`),
      evidenceList(t.evidence))),
    profile.processes.length ? el('h3', {}, `Mediation processes (${profile.processes.length})`) : null,
    profile.processes.map(p => el('div', { class: 'item' }, `${p.name}: ${p.role} (${p.status}) ${when(p.when)}`))]);
}
