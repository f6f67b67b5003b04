// The side panel's answers: mediators and paths between two actors, and the details of whatever is
// selected (an actor's profile, a tie's evidence, a process with its parties, mediators and outcomes).
// Repeated evidence is folded (see evidence.js), so one answer stays a screen or two long.
import { el, fill, when } from './dom.js';
import { evidenceList } from './evidence.js';

// `ctx` carries lookups: names (Map id -> actor), sources (Map id -> source), processes (Map id -> process).
function nameOf(ctx, id) {
  return ctx.names.get(id)?.name ?? id;
}

function actorLink(ctx, id) {
  return el('button', { class: 'link', type: 'button', 'data-select': id }, nameOf(ctx, id));
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

function tieLine(ctx, t) {
  return `${nameOf(ctx, t.source)} — ${t.kind} — ${nameOf(ctx, t.target)}${when(t.when) ? ' ' + when(t.when) : ''}`;
}

function entryItem(entry, ctx) {
  const processes = entry.processes ?? [];
  const ties = entry.evidence ?? [];
  const cited = [...processes.flatMap(p => p.evidence ?? []), ...ties.flatMap(t => t.evidence ?? [])];
  return el('div', { class: 'item mediator-item', 'data-actor-id': entry.actorId, 'data-group': entry.group },
    el('button', { class: 'link name', type: 'button', 'data-select': entry.actorId }, entry.name),
    el('span', { class: `badge ${entry.badge ?? ''}` }, entry.label ?? entry.role),
    entry.score !== undefined ? el('span', { class: 'badge', title: 'score: how strongly the record supports this role (0..1)' }, `score ${Number(entry.score).toFixed(2)}`) : '',
    el('div', { class: 'why' }, entry.description),
    processes.map(p => el('div', { class: 'why' }, 'process: ', el('button', { class: 'link', type: 'button', 'data-select': `p:${p.id}` }, p.name),
      ` (${p.status})${when(p.when) ? ' ' + when(p.when) : ''}`, outcomesOf(ctx, p.id))),
    ties.length ? el('div', { class: 'why' }, ties.map(t => el('div', {}, tieLine(ctx, t)))) : '',
    evidenceList(cited, ctx.sources));
}

function outcomesOf(ctx, processId) {
  const outcomes = ctx.processes.get(processId)?.outcomes ?? [];
  if (outcomes.length === 0) return '';
  return el('ul', { class: 'outcomes' }, outcomes.map(o => el('li', {}, `outcome${o.date ? ' ' + o.date : ''}: ${o.description}`)));
}

// "since 2024-01-05", "2023-11-01..2023-11-30": the first and last dated evidence of an entry.
function span(entry) {
  const first = entry.firstEvidence, last = entry.lastEvidence;
  if (first && last) return first === last ? first : `${first}..${last}`;
  return first ? `since ${first}` : last ? `until ${last}` : '';
}

// The groups of an answer beyond the reported and structural mediators: past mediators (their processes
// between the sides are all over), inferred ones (processes rebuilt from event data, not reported), and
// (rolledUp, listed first) how the actors asked about were taken for the actors they lead or belong to.
function moreGroups(result, ctx) {
  const past = (result.past ?? []).map(m => ({ ...m, badge: 'past', label: `past mediator${span(m) ? ' ' + span(m) : ''}` }));
  const inferred = (result.inferred ?? []).map(m => ({ ...m, badge: 'inferred', label: 'inferred from event data (not reported)' }));
  return [
    past.length ? [el('h3', { class: 'group-past' }, `Past mediators (${past.length})`), past.map(e => entryItem(e, ctx))] : null,
    inferred.length ? [el('h3', { class: 'group-inferred' }, `Inferred mediators (${inferred.length})`),
      el('p', { class: 'why' }, 'mediators of processes rebuilt from event data; the record does not report them as mediation'),
      inferred.map(e => entryItem(e, ctx))] : null,
  ];
}

function rolledUp(result, ctx) {
  const rolled = result.rolledUp ?? [];
  return rolled.length ? el('ul', { class: 'rolled-up why' }, rolled.map(step =>
    el('li', { 'data-actor-id': step.actorId }, `${step.phrase}, is taken for ${nameOf(ctx, step.headId)}`))) : null;
}

export function renderMediators(container, result, ctx) {
  const entries = mediatorEntries(result);
  const involved = (result.involved ?? []).map(m => ({ ...m, label: m.role }));
  fill(container, [
    el('p', { class: 'why' }, result.summary ?? ''),
    result.scope ? el('p', { class: 'why scope' }, `scope: ${result.scope}`) : null,
    rolledUp(result, ctx),
    el('h3', {}, `Mediators (${entries.length})`),
    entries.length ? entries.map(e => entryItem(e, ctx)) : el('p', { class: 'empty' }, 'no current mediator on record'),
    moreGroups(result, ctx),
    result.scoreNote ? el('p', { class: 'why score-note' }, result.scoreNote) : null,
    involved.length ? el('details', { class: 'involved' }, el('summary', {}, `Also involved (${involved.length})`), involved.map(e => entryItem(e, ctx))) : null]);
}

// --- paths -----------------------------------------------------------------------------------

export function pathSteps(result) {
  return (result.paths ?? []).flatMap(path => (path.hops ?? []).map(hop => ({ from: hop.from, to: hop.to, relationId: hop.tie?.relationId })));
}

export function renderPaths(container, result, ctx) {
  const paths = result.paths ?? [];
  const items = paths.map(path => el('div', { class: 'item path-item' },
    el('span', { class: 'name' }, `#${path.rank}: ${path.actors.map(id => nameOf(ctx, id)).join(' → ')}`),
    el('span', { class: 'badge', title: 'distance: sum over the ties of 1 / strength; lower is a closer channel' },
      `${path.hops.length} hop${path.hops.length === 1 ? '' : 's'}, distance ${Number(path.cost).toFixed(2)}`),
    path.hops.map(hop => el('div', { class: 'why' },
      el('button', { class: 'link', type: 'button', 'data-select': `r:${hop.tie.relationId}` }, `${nameOf(ctx, hop.from)} — ${hop.tie.kind} — ${nameOf(ctx, hop.to)}`),
      `${when(hop.tie.when) ? ' ' + when(hop.tie.when) : ''}${hop.tie.modality && hop.tie.modality !== 'reported' ? ` (${hop.tie.modality})` : ''}`)),
    evidenceList(path.hops.flatMap(hop => hop.tie.evidence ?? []), ctx.sources)));
  fill(container, [el('h3', {}, `Mediation paths (${paths.length})`),
    items.length ? items : el('p', { class: 'empty' }, result.explanation ?? 'no path')]);
}

// --- the selection ---------------------------------------------------------------------------

export function renderActor(container, profile, ctx) {
  const actor = profile.actor;
  const ties = profile.relations ?? [];
  const arrow = t => (t.direction === 'incoming' ? '←' : t.direction === 'outgoing' ? '→' : '↔');
  fill(container, [
    el('h2', { 'data-kind': 'actor' }, actor.name),
    el('div', { class: 'why' }, [actor.kind, actor.country, actor.description].filter(Boolean).join(' · ')),
    actor.aliases?.length ? el('div', { class: 'why' }, `also: ${actor.aliases.join(', ')}`) : '',
    el('h3', {}, `Ties (${ties.length})`),
    el('ul', { class: 'ties' }, ties.slice(0, 60).map(t => el('li', {},
      el('button', { class: 'link', type: 'button', 'data-select': `r:${t.relationId}` }, `${t.kind} ${arrow(t)} ${t.other.name}`),
      when(t.when) ? ` ${when(t.when)}` : '', t.modality && t.modality !== 'reported' ? ` (${t.modality})` : ''))),
    ties.length > 60 ? el('p', { class: 'empty' }, `${ties.length - 60} more ties: see the Table tab`) : '',
    el('h3', {}, 'Evidence'),
    evidenceList(ties.flatMap(t => t.evidence ?? []), ctx.sources),
    (profile.processes ?? []).length ? el('h3', {}, `Mediation processes (${profile.processes.length})`) : null,
    (profile.processes ?? []).map(p => el('div', { class: 'item' },
      el('button', { class: 'link', type: 'button', 'data-select': `p:${p.id}` }, p.name), `: ${p.role} (${p.status}) ${when(p.when)}`,
      outcomesOf(ctx, p.id)))]);
}

export function renderRelation(container, relation, ctx) {
  fill(container, [
    el('h2', { 'data-kind': 'relation' }, `${nameOf(ctx, relation.source)} — ${relation.kind} — ${nameOf(ctx, relation.target)}`),
    el('div', { class: 'why' }, [relation.sign, relation.modality, when(relation.when) || 'undated',
      `strength ${relation.strength}`, `confidence ${relation.confidence}`].filter(Boolean).join(' · ')),
    relation.topics?.length ? el('div', { class: 'why' }, `topics: ${relation.topics.join(', ')}`) : '',
    el('div', { class: 'why' }, actorLink(ctx, relation.source), ' · ', actorLink(ctx, relation.target)),
    el('h3', {}, 'Evidence'),
    evidenceList(relation.evidence, ctx.sources)]);
}

export function renderProcess(container, process, ctx) {
  fill(container, [
    el('h2', { 'data-kind': 'process' }, process.name),
    el('div', { class: 'why' }, [`status: ${process.status}`, when(process.when) || 'undated', process.inferred ? 'inferred from event data' : '',
      process.confidence !== undefined ? `confidence ${process.confidence}` : ''].filter(Boolean).join(' · ')),
    el('div', { class: 'why parties' }, 'parties: ', process.parties.map((id, i) => [i ? ', ' : '', actorLink(ctx, id)])),
    el('div', { class: 'why mediators' }, 'mediators: ', process.mediators.length ? process.mediators.map((id, i) => [i ? ', ' : '', actorLink(ctx, id)]) : 'none on record'),
    process.topics?.length ? el('div', { class: 'why' }, `topics: ${process.topics.join(', ')}`) : '',
    el('h3', {}, `Outcomes (${(process.outcomes ?? []).length})`),
    (process.outcomes ?? []).length
      ? el('ul', { class: 'outcomes' }, process.outcomes.map(o => el('li', {}, `${o.date ? o.date + ': ' : ''}${o.description}`, evidenceList(o.evidence, ctx.sources))))
      : el('p', { class: 'empty' }, 'no outcome on record'),
    el('h3', {}, 'Evidence'),
    evidenceList(process.evidence, ctx.sources)]);
}
