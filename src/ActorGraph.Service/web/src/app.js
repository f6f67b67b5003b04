// The ActorGraph workbench: the served graph drawn with a stable layout; search, selection with the
// evidence of any actor, tie or process; filters; a timeline over the dated record; the mediators and
// paths between two actors; a data table; exports of the current view; the whole view in the URL.
// Everything is served by the ActorGraph service itself; nothing is loaded from elsewhere.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import './app.css';
import { getJson, withQuery } from './api.js';
import { buildElements } from './elements.js';
import { styles } from './styles.js';
import { renderMediators, renderPaths, renderActor, renderRelation, renderProcess, mediatorIds, pathSteps } from './results.js';
import { stableLayout, savePosition, forgetPositions, hash } from './layout.js';
import { readHash, writeHash } from './viewstate.js';
import { createFilters } from './filters.js';
import { createTimeline, recordDates } from './timeline.js';
import { tableRows, renderTable } from './table.js';
import { viewSvg, viewHtml, download } from './exportView.js';
import { setupReviewPanel } from './reviewPanel.js';

cytoscape.use(fcose);

const $ = id => document.getElementById(id);
const ui = {
  a: $('actor-a'), b: $('actor-b'), asOf: $('as-of'), hostile: $('include-hostile'), form: $('controls'),
  status: $('status'), error: $('error'), result: $('result'), title: $('result-title'), hint: $('hint'),
  mediators: $('mediators'), paths: $('paths'), selection: $('selection'), search: $('search'), actorList: $('actor-list'),
  panel: $('panel-body'), tableBody: document.querySelector('#data-table tbody'),
};

const cy = cytoscape({ container: $('graph'), style: styles, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
let full = null;            // the graph with everything on record: what is drawn and laid out
let shownVersion = null;    // the graph version the drawing belongs to
let ctx = { names: new Map(), sources: new Map(), processes: new Map() };
let relationsById = new Map();
let selected = '';
let tab = 'details';
let highlighted = { endpoints: [], mediators: [], pathNodes: [], pathEdges: [] };

const filters = createFilters({ signs: $('filter-signs'), modalities: $('filter-modalities'), kinds: $('filter-kinds'),
  confidence: $('filter-confidence'), confidenceValue: $('filter-confidence-value') }, () => { filters.apply(cy); refreshTable(); saveState(); });
const timeline = createTimeline({ slider: $('timeline'), play: $('play'), output: $('timeline-date') }, date => {
  ui.asOf.value = date;
  applyDate().catch(showError);
});

function showError(error) {
  ui.error.textContent = error ? String(error.message ?? error) : '';
  ui.error.hidden = !error;
  if (error) document.body.dataset.state = 'ready';
}

function asOf() { return ui.asOf.value || undefined; }

function saveState() {
  writeHash({ a: ui.a.value, b: ui.b.value, asOf: ui.asOf.value, sel: selected, hostile: ui.hostile.checked ? '1' : '', tab: tab === 'details' ? '' : tab, ...filters.toState() });
}

// How many actors to draw at most (the most connected first); `?limit=N` in the page's address overrides it.
const drawLimit = new URLSearchParams(location.search).get('limit') ?? undefined;

async function loadClusters() {
  try {
    const result = await getJson('/api/clusters', {});
    const map = new Map();
    (result.clusters ?? []).forEach((cluster, index) => {
      for (const member of cluster.members ?? []) map.set(typeof member === 'string' ? member : member.id, index);
    });
    return map;
  } catch {
    return new Map(); // Colours are a help, not a requirement: draw the graph anyway.
  }
}

// Draws everything on record once per graph version; dates then only show or hide (positions stay).
async function loadGraph() {
  document.body.dataset.state = 'loading';
  const [graph, clusters, actors] = await Promise.all([getJson('/api/graph', { limit: drawLimit }), loadClusters(), getJson('/api/actors')]);
  full = graph;
  shownVersion = graph.version;
  ctx = {
    names: new Map(actors.map(a => [a.id, a])),
    sources: new Map((graph.sources ?? []).map(s => [s.id, s])),
    processes: new Map(graph.processes.map(p => [p.id, p])),
  };
  relationsById = new Map(graph.relations.map(r => [r.id, r]));
  cy.elements().remove();
  cy.add(buildElements(graph, clusters));
  stableLayout(cy);
  cy.fit(undefined, 30);
  fillPickers(actors);
  filters.render(new Set(graph.relations.map(r => r.kind)));
  filters.apply(cy);
  timeline.setDates(recordDates(graph), asOf());
  await applyDate();
}

// Shows what was known on the as-of date (the API's answer for that date), hides the rest.
async function applyDate() {
  document.body.dataset.state = 'loading';
  const date = asOf();
  const view = date ? await getJson('/api/graph', { asOf: date, limit: drawLimit }) : full;
  if (view.version !== shownVersion) { await loadGraph(); return; }
  const relations = new Set(view.relations.map(r => `r:${r.id}`));
  const processes = new Set(view.processes.map(p => `p:${p.id}`));
  cy.batch(() => {
    cy.edges().forEach(e => {
      const process = e.hasClass('role') ? e.target().id() : null;
      e.toggleClass('off-date', process ? !processes.has(process) : e.data('relation') !== undefined && !relations.has(e.id()));
    });
    cy.nodes('.process').forEach(n => n.toggleClass('off-date', !processes.has(n.id())));
  });
  timeline.show(date);
  updateExports();
  const stamp = date ? ` as of ${date}` : '';
  const shown = view.truncated
    ? `showing the ${view.actors.length} most connected of ${view.totalActors} actors (pick two to see their mediators), ${view.relations.length} of ${view.totalRelations} relations`
    : `${view.actors.length} actors, ${view.relations.length} relations`;
  ui.status.textContent = `graph v${view.version}: ${shown}, ${view.processes.length} mediation processes${stamp}`;
  refreshTable();
  saveState();
  if (ui.a.value && ui.b.value && !ui.result.hidden) await findMediators();
  document.body.dataset.state = 'ready';
}

function fillPickers(actors) {
  const sorted = [...actors].sort((x, y) => x.name.localeCompare(y.name));
  for (const select of [ui.a, ui.b]) {
    const previous = select.value;
    select.replaceChildren(new Option('(choose an actor)', ''), ...sorted.map(a => new Option(a.name, a.id)));
    if (sorted.some(a => a.id === previous)) select.value = previous;
  }
  ui.actorList.replaceChildren(...sorted.flatMap(a => [a.name, ...(a.aliases ?? [])].map(text => {
    const option = document.createElement('option');
    option.value = text;
    option.label = text === a.name ? a.kind : `${a.name} (${a.kind})`;
    return option;
  })));
}

function updateExports() {
  for (const format of ['dot', 'svg', 'graphml', 'gexf']) {
    $(`export-${format}`).href = withQuery(`/api/export/${format}`, { asOf: asOf() });
  }
}

function refreshTable() {
  renderTable(ui.tableBody, tableRows(cy, relationsById, ctx.names), id => run(select(id)));
}

// --- mediators between two actors -------------------------------------------------------------------

function clearHighlight() {
  cy.elements().removeClass('faded endpoint mediator on-path');
  highlighted = { endpoints: [], mediators: [], pathNodes: [], pathEdges: [] };
}

async function findMediators() {
  const a = ui.a.value, b = ui.b.value;
  if (!a || !b) { showError('Choose two actors.'); return; }
  if (a === b) { showError('Choose two different actors.'); return; }
  showError(null);
  document.body.dataset.state = 'searching';
  const params = { a, b, asOf: asOf() };
  const [mediators, paths] = await Promise.all([
    getJson('/api/mediators', params),
    getJson('/api/paths', { ...params, k: 5, includeHostile: ui.hostile.checked }),
  ]);
  highlight(a, b, mediators, paths);
  ui.title.textContent = `${ctx.names.get(a)?.name ?? a} and ${ctx.names.get(b)?.name ?? b}`;
  renderMediators(ui.mediators, mediators, ctx);
  renderPaths(ui.paths, paths, ctx);
  ui.result.hidden = false;
  ui.hint.hidden = true;
  saveState();
  document.body.dataset.state = 'ready';
}

function highlight(a, b, mediators, paths) {
  clearHighlight();
  const nodes = new Set([a, b]);
  const edges = new Set();
  const mediatorSet = mediatorIds(mediators);
  mediatorSet.forEach(id => nodes.add(id));
  for (const step of pathSteps(paths)) {
    nodes.add(step.from); nodes.add(step.to);
    if (step.relationId) edges.add(`r:${step.relationId}`);
  }
  cy.batch(() => {
    addMissing(nodes, (paths.paths ?? []).flatMap(p => (p.hops ?? []).map(h => h.tie).filter(Boolean)));
    cy.elements().addClass('faded');
    for (const id of nodes) cy.getElementById(id).removeClass('faded');
    for (const id of edges) cy.getElementById(id).removeClass('faded').addClass('on-path');
    for (const id of nodes) if (id !== a && id !== b && !mediatorSet.has(id)) cy.getElementById(id).addClass('on-path');
    for (const id of mediatorSet) cy.getElementById(id).addClass('mediator');
    cy.getElementById(a).addClass('endpoint');
    cy.getElementById(b).addClass('endpoint');
    // The pair's own ties (talks, war) stay visible: they are part of the answer.
    cy.getElementById(a).edgesWith(cy.getElementById(b)).removeClass('faded');
    // Show the processes the mediators run between the two.
    cy.nodes('.process').forEach(p => {
      const ends = p.connectedEdges().map(e => e.source().id());
      if (ends.includes(a) && ends.includes(b)) { p.removeClass('faded'); p.connectedEdges().forEach(e => { if (nodes.has(e.source().id())) e.removeClass('faded'); }); }
    });
  });
  highlighted = {
    endpoints: [a, b], mediators: [...mediatorSet],
    pathNodes: [...nodes].filter(id => id !== a && id !== b), pathEdges: [...edges].map(e => e.slice(2)),
  };
}

// On a large graph only the most connected actors are drawn: add the actors an answer or a selection
// names, next to their drawn neighbours (at positions derived from their ids, so stable), with the ties.
function addMissing(nodes, ties) {
  const added = [];
  for (const id of nodes) {
    if (cy.getElementById(id).nonempty()) continue;
    const actor = ctx.names.get(id);
    added.push(cy.add({ group: 'nodes', data: { id, label: actor?.name ?? id, color: '#cbd2d9', cluster: -1 }, classes: `actor ${actor?.kind ?? ''}` }));
  }
  for (const tie of ties) {
    const id = `r:${tie.relationId}`;
    if (cy.getElementById(id).nonempty() || cy.getElementById(tie.source).empty() || cy.getElementById(tie.target).empty()) continue;
    cy.add({ group: 'edges', data: { id, relation: tie.relationId, source: tie.source, target: tie.target, kind: tie.kind,
      strength: tie.strength ?? 0.5, sign: tie.sign ?? 'cooperative', modality: tie.modality ?? 'reported', confidence: tie.confidence ?? 1 },
      classes: tie.sign ?? 'cooperative' });
    if (!relationsById.has(tie.relationId)) relationsById.set(tie.relationId, tie);
  }
  for (const node of added) {
    const placed = node.neighborhood('node').filter(n => !added.includes(n));
    const box = placed.nonempty() ? placed.boundingBox() : cy.extent();
    const h = hash(node.id());
    node.position({ x: (box.x1 + box.x2) / 2 + ((h & 0xff) / 255 - 0.5) * 80, y: (box.y1 + box.y2) / 2 + (((h >> 8) & 0xff) / 255 - 0.5) * 80 });
  }
}

// --- selection ------------------------------------------------------------------------------------

// `selected` is what the panel and the drawing show. Every selection and every Escape takes the next turn;
// an actor's profile answers later and is drawn (or its error shown) only while its turn is the latest,
// so Escape leaves nothing selected, the latest choice wins whatever order the answers come in, and a
// late answer draws nothing. `profilesOnTheirWay` counts the profile requests not yet answered (for tests).
let selectionTurn = 0;
let profilesOnTheirWay = 0;

async function select(id) {
  if (!id) return;
  const turn = ++selectionTurn;
  showError(null);
  if (id.startsWith('r:')) {
    const relation = relationsById.get(id.slice(2));
    if (!relation) throw new Error(`no tie '${id.slice(2)}' in this graph`);
    cy.elements().removeClass('neighbour chosen');
    renderRelation(ui.selection, relation, ctx);
    selected = id;
  } else if (id.startsWith('p:')) {
    const process = ctx.processes.get(id.slice(2));
    if (!process) throw new Error(`no process '${id.slice(2)}' in this graph`);
    cy.elements().removeClass('neighbour chosen');
    renderProcess(ui.selection, process, ctx);
    selected = id;
  } else {
    const profile = await profileFor(id, turn);
    if (!profile) return; // a later selection or Escape came first
    showActor(profile);
  }
  const element = cy.getElementById(selected);
  cy.$(':selected').unselect();
  element.addClass('chosen').select();
  if (element.nonempty() && element.isNode()) {
    const box = cy.extent();
    const p = element.position();
    if (p.x < box.x1 || p.x > box.x2 || p.y < box.y1 || p.y > box.y2) cy.center(element);
  }
  ui.selection.hidden = false;
  ui.hint.hidden = true;
  showTab('details');
  ui.panel.scrollTop = 0;
  saveState();
}

// The actor's profile from the API, or null when the turn has passed by the time it answers (its error too).
async function profileFor(id, turn) {
  profilesOnTheirWay++;
  try {
    const profile = await getJson(`/api/actors/${encodeURIComponent(id)}`, { asOf: asOf() });
    return turn === selectionTurn ? profile : null;
  } catch (error) {
    if (turn === selectionTurn) throw error;
    return null;
  } finally {
    profilesOnTheirWay--;
  }
}

function showActor(profile) {
  selected = profile.actor.id;
  cy.elements().removeClass('neighbour chosen');
  // Expand: bring in the neighbours the drawing lacks, then mark the whole neighbourhood.
  addMissing(new Set([selected, ...profile.relations.map(t => t.other.id)]), profile.relations.map(t => ({
    relationId: t.relationId, kind: t.kind, sign: t.sign, strength: t.strength, confidence: t.confidence, modality: t.modality, evidence: t.evidence,
    when: t.when, source: t.direction === 'incoming' ? t.other.id : selected, target: t.direction === 'incoming' ? selected : t.other.id })));
  filters.apply(cy);
  cy.getElementById(selected).closedNeighborhood().addClass('neighbour');
  renderActor(ui.selection, profile, ctx);
}

function clearSelection() {
  selectionTurn++; // a profile still on its way is dropped when it comes
  selected = '';
  cy.elements().removeClass('neighbour chosen');
  cy.$(':selected').unselect();
  ui.selection.hidden = true;
  saveState();
}

async function searchFor(text) {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return;
  const match = [...ctx.names.values()].find(a => a.id === wanted || a.name.toLowerCase() === wanted || (a.aliases ?? []).some(x => x.toLowerCase() === wanted));
  await select(match ? match.id : wanted); // the API resolves names, aliases and near misses, or says what it does not know
}

// --- reading a report (reviewPanel.js) -----------------------------------------------------------

const review = setupReviewPanel({
  cy, filters, showTab: name => showTab(name), run: promise => run(promise),
  names: () => ctx.names, version: () => shownVersion, reload: () => loadGraph(),
});

// --- tabs, events, start-up -----------------------------------------------------------------------

function showTab(name) {
  tab = name;
  for (const button of document.querySelectorAll('#tabs [role=tab]')) button.setAttribute('aria-selected', String(button.dataset.tab === name));
  for (const section of document.querySelectorAll('#panel-body [role=tabpanel]')) section.hidden = section.id !== `tab-${name}`;
}

const run = promise => promise.catch(showError);
cy.on('tap', 'node.actor', event => run(event.target.hasClass('proposed') ? review.focusFact(event.target.data('proposal')) : select(event.target.id())));
cy.on('tap', 'node.process', event => run(select(event.target.id())));
cy.on('tap', '.proposal-process', event => review.focusFact(event.target.data('proposal')));
cy.on('tap', 'edge', event => {
  if (event.target.hasClass('proposed')) { review.focusFact(event.target.data('proposal')); return; }
  run(select(event.target.hasClass('role') ? event.target.target().id() : event.target.id()));
});
cy.on('dragfree', 'node', event => savePosition(event.target));
ui.panel.addEventListener('click', event => {
  const target = event.target.closest('[data-select]');
  if (target) run(select(target.dataset.select));
});
for (const button of document.querySelectorAll('#tabs [role=tab]')) button.addEventListener('click', () => { showTab(button.dataset.tab); saveState(); });
// Picking a suggestion (or typing a whole name or alias) selects at once; Enter also asks the API,
// which resolves near misses or says what it does not know.
ui.search.addEventListener('input', () => {
  const wanted = ui.search.value.trim().toLowerCase();
  const match = [...ctx.names.values()].find(a => a.name.toLowerCase() === wanted || (a.aliases ?? []).some(x => x.toLowerCase() === wanted));
  if (match && match.id !== selected) run(select(match.id));
});
ui.search.addEventListener('keydown', event => { if (event.key === 'Enter') { event.preventDefault(); run(searchFor(ui.search.value)); } });
document.addEventListener('keydown', event => {
  const typing = ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement?.tagName);
  if (event.key === '/' && !typing) { event.preventDefault(); ui.search.focus(); }
  if (event.key === 'Escape') { clearSelection(); clearHighlight(); ui.result.hidden = true; }
});
ui.form.addEventListener('submit', event => { event.preventDefault(); run(findMediators()); });
ui.asOf.addEventListener('change', () => { timeline.stop(); run(applyDate()); });
ui.hostile.addEventListener('change', saveState);
$('reset-layout').addEventListener('click', () => { forgetPositions(); stableLayout(cy); cy.fit(undefined, 30); });
const title = () => `ActorGraph view${asOf() ? ' as of ' + asOf() : ''}`;
$('export-view-svg').addEventListener('click', () => download('actorgraph-view.svg', viewSvg(cy, title()), 'image/svg+xml'));
$('export-view-png').addEventListener('click', () => download('actorgraph-view.png', cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), 'image/png'));
$('export-view-html').addEventListener('click', () => download('actorgraph-view.html', viewHtml(cy, title(), tableRows(cy, relationsById, ctx.names)), 'text/html'));

async function start() {
  const state = readHash();
  filters.fromState(state);
  ui.asOf.value = state.asOf ?? '';
  ui.hostile.checked = state.hostile === '1';
  await loadGraph();
  if (state.a) ui.a.value = state.a;
  if (state.b) ui.b.value = state.b;
  if (state.a && state.b) await findMediators();
  if (state.sel) await select(state.sel);
  showTab(state.tab ?? 'details');
  document.body.dataset.state = 'ready';
}

// For scripts and tests: what is highlighted and selected now, and the view exports.
window.actorGraph = {
  cy, highlighted: () => highlighted, selected: () => selected, profilesOnTheirWay: () => profilesOnTheirWay, findMediators, loadGraph, select, review: () => review.state,
  viewSvg: () => viewSvg(cy, title()), viewHtml: () => viewHtml(cy, title(), tableRows(cy, relationsById, ctx.names)),
};

start().catch(error => { document.body.dataset.state = 'error'; showError(error); });
