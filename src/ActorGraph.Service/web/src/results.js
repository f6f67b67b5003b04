// Lists of mediators and paths, each tie with its evidence (source, paragraph, note).

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') node.className = value; else if (key.startsWith('data-')) node.setAttribute(key, value); else node[key] = value;
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function nameOf(view, id) {
  return view.actors.find(a => a.id === id)?.name ?? id;
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

// The mediator entries of a mediators result, whatever their group (reported or structural).
export function mediatorEntries(result) {
  const entries = [];
  for (const m of result.explicit ?? result.reported ?? []) entries.push({ ...m, group: 'reported' });
  for (const m of result.structural ?? result.brokers ?? []) entries.push({ ...m, group: 'structural' });
  return entries;
}

function entryId(entry) {
  return entry.actor?.id ?? entry.mediator?.id ?? entry.id;
}

export function mediatorIds(result) {
  return new Set(mediatorEntries(result).map(entryId).filter(Boolean));
}

export function renderMediators(container, result, view) {
  const entries = mediatorEntries(result);
  const items = entries.map(entry => {
    const id = entryId(entry);
    const evidence = [
      ...(entry.processes ?? []).flatMap(p => [
        el('div', { class: 'why' }, `${p.name ?? p.id}${p.status ? ` (${p.status})` : ''} ${when(p.when)}`),
        evidenceList(p.evidence),
      ]),
      ...(entry.ties ?? []).flatMap(t => [
        el('div', { class: 'why' }, `${t.kind} ${nameOf(view, t.source)} → ${nameOf(view, t.target)} ${when(t.when)}`),
        evidenceList(t.evidence),
      ]),
    ];
    return el('div', { class: 'item mediator-item', 'data-actor-id': id },
      el('span', { class: 'name' }, entry.actor?.name ?? entry.mediator?.name ?? nameOf(view, id)),
      el('span', { class: `badge ${entry.group}` }, entry.group === 'reported' ? 'reported mediator' : 'structural broker (candidate)'),
      entry.explanation ? el('div', { class: 'why' }, entry.explanation) : null,
      evidence);
  });
  container.replaceChildren(el('h3', {}, `Mediators (${entries.length})`),
    items.length ? items : el('p', { class: 'empty' }, result.explanation ?? 'no mediator on record'));
}

// --- paths -----------------------------------------------------------------------------------

export function pathSteps(result) {
  return (result.paths ?? []).flatMap(path => (path.hops ?? []).map(hop => ({ from: hop.from, to: hop.to, relationId: hop.tie?.relationId })));
}

export function renderPaths(container, result, view) {
  const paths = result.paths ?? [];
  const items = paths.map(path => el('div', { class: 'item path-item' },
    el('span', { class: 'name' }, `#${path.rank}: ${path.actors.map(id => nameOf(view, id)).join(' → ')}`),
    el('span', { class: 'badge' }, `${path.hops.length} hop${path.hops.length === 1 ? '' : 's'}, distance ${Number(path.cost).toFixed(2)}`),
    path.hops.flatMap(hop => [
      el('div', { class: 'why' }, `${nameOf(view, hop.from)} — ${hop.tie.kind} — ${nameOf(view, hop.to)} ${when(hop.tie.when)}` +
        (hop.tie.modality && hop.tie.modality !== 'reported' ? ` (${hop.tie.modality})` : '')),
      evidenceList(hop.tie.evidence),
    ])));
  container.replaceChildren(el('h3', {}, `Mediation paths (${paths.length})`),
    items.length ? items : el('p', { class: 'empty' }, result.explanation ?? 'no path'));
}

// --- one actor -------------------------------------------------------------------------------

export function renderSelection(container, profile) {
  const actor = profile.actor;
  container.replaceChildren(
    el('h2', {}, actor.name),
    el('div', { class: 'why' }, [actor.kind, actor.country, actor.description].filter(Boolean).join(' · ')),
    el('h3', {}, `Ties (${profile.relations.length})`),
    profile.relations.slice(0, 40).map(t => el('div', { class: 'item' },
      el('div', {}, `${t.kind} ${t.direction === 'incoming' ? '←' : t.direction === 'outgoing' ? '→' : '↔'} ${t.other.name} ${when(t.when)}`),
      evidenceList(t.evidence))),
    profile.processes.length ? el('h3', {}, `Mediation processes (${profile.processes.length})`) : null,
    profile.processes.map(p => el('div', { class: 'item' }, `${p.name}: ${p.role} (${p.status}) ${when(p.when)}`)));
}
