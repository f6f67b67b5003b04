// The ActorGraph page: draws the served graph, colours camps, and on a pair of actors highlights and
// lists their mediators and mediation paths with the evidence for each tie. Everything is served by
// the ActorGraph service itself; nothing is loaded from elsewhere.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import './app.css';
import { getJson, withQuery } from './api.js';
import { buildElements } from './elements.js';
import { styles } from './styles.js';
import { renderMediators, renderPaths, renderSelection, mediatorIds, pathSteps } from './results.js';

cytoscape.use(fcose);

const $ = id => document.getElementById(id);
const ui = {
  a: $('actor-a'), b: $('actor-b'), asOf: $('as-of'), hostile: $('include-hostile'), form: $('controls'),
  status: $('status'), error: $('error'), result: $('result'), title: $('result-title'),
  mediators: $('mediators'), paths: $('paths'), selection: $('selection'),
};

const cy = cytoscape({ container: $('graph'), style: styles, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
let view = null;
let actorsById = new Map();
let highlighted = { endpoints: [], mediators: [], pathNodes: [], pathEdges: [] };

function showError(error) {
  ui.error.textContent = error ? String(error.message ?? error) : '';
  ui.error.hidden = !error;
}

function asOf() { return ui.asOf.value || undefined; }

// How many actors to draw at most (the most connected first); `?limit=N` in the page's address overrides it.
const drawLimit = new URLSearchParams(location.search).get('limit') ?? undefined;

async function loadClusters() {
  try {
    const result = await getJson('/api/clusters', { asOf: asOf() });
    const map = new Map();
    (result.clusters ?? []).forEach((cluster, index) => {
      for (const member of cluster.members ?? []) map.set(typeof member === 'string' ? member : member.id, index);
    });
    return map;
  } catch {
    return new Map(); // Colours are a help, not a requirement: draw the graph anyway.
  }
}

async function loadGraph() {
  document.body.dataset.state = 'loading';
  const [graph, clusters, actors] = await Promise.all([getJson('/api/graph', { asOf: asOf(), limit: drawLimit }), loadClusters(), getJson('/api/actors')]);
  view = graph;
  actorsById = new Map(actors.map(a => [a.id, a]));
  cy.elements().remove();
  cy.add(buildElements(view, clusters));
  const layout = cy.nodes().length > 2000
    ? { name: 'grid' }
    : { name: 'fcose', quality: 'default', randomize: true, animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, nodeSeparation: 80 };
  cy.layout(layout).run();
  cy.fit(undefined, 30);
  fillSelects();
  updateExports();
  const stamp = view.asOf ? ` as of ${view.asOf}` : '';
  const shown = view.truncated
    ? `showing the ${view.actors.length} most connected of ${view.totalActors} actors (pick two to see their mediators), ${view.relations.length} of ${view.totalRelations} relations`
    : `${view.actors.length} actors, ${view.relations.length} relations`;
  ui.status.textContent = `graph v${view.version}: ${shown}, ` +
    `${view.processes.length} mediation processes${stamp}; ${clusters.size ? new Set(clusters.values()).size + ' camps' : 'no camps'}`;
  document.body.dataset.state = 'ready';
}

function fillSelects() {
  const actors = [...actorsById.values()].sort((x, y) => x.name.localeCompare(y.name));
  for (const select of [ui.a, ui.b]) {
    const previous = select.value;
    select.replaceChildren(new Option('(choose an actor)', ''), ...actors.map(a => new Option(a.name, a.id)));
    if (actors.some(a => a.id === previous)) select.value = previous;
  }
}

function updateExports() {
  for (const format of ['dot', 'svg', 'graphml']) {
    $(`export-${format}`).href = withQuery(`/api/export/${format}`, { asOf: asOf() });
  }
}

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
  const name = id => actorsById.get(id)?.name ?? id;
  ui.title.textContent = `${name(a)} and ${name(b)}`;
  renderMediators(ui.mediators, mediators, actorsById);
  renderPaths(ui.paths, paths, actorsById);
  ui.result.hidden = false;
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
    addMissing(nodes, paths);
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

// On a large graph only the most connected actors are drawn: add the ones an answer names, next to
// their drawn neighbours, with the path ties that join them.
function addMissing(nodes, paths) {
  const added = [];
  for (const id of nodes) {
    if (cy.getElementById(id).nonempty()) continue;
    const actor = actorsById.get(id);
    added.push(cy.add({ group: 'nodes', data: { id, label: actor?.name ?? id, color: '#cbd2d9', cluster: -1 }, classes: `actor ${actor?.kind ?? ''}` }));
  }
  for (const path of paths.paths ?? []) {
    for (const hop of path.hops ?? []) {
      const tie = hop.tie;
      if (!tie || cy.getElementById(`r:${tie.relationId}`).nonempty()) continue;
      cy.add({ group: 'edges', data: { id: `r:${tie.relationId}`, source: tie.source, target: tie.target, kind: tie.kind, strength: tie.strength ?? 0.5 },
        classes: tie.sign ?? 'cooperative' });
    }
  }
  for (const node of added) {
    const placed = node.neighborhood('node').filter(n => !added.includes(n));
    const box = placed.nonempty() ? placed.boundingBox() : cy.extent();
    node.position({ x: (box.x1 + box.x2) / 2 + (Math.random() - 0.5) * 60, y: (box.y1 + box.y2) / 2 + (Math.random() - 0.5) * 60 });
  }
}

cy.on('tap', 'node.actor', async event => {
  try {
    const profile = await getJson(`/api/actors/${encodeURIComponent(event.target.id())}`, { asOf: asOf() });
    renderSelection(ui.selection, profile);
    ui.selection.hidden = false;
  } catch (error) { showError(error); }
});

ui.form.addEventListener('submit', event => {
  event.preventDefault();
  findMediators().catch(error => { document.body.dataset.state = 'error'; showError(error); });
});
ui.asOf.addEventListener('change', () => {
  ui.result.hidden = true;
  loadGraph().then(() => (ui.a.value && ui.b.value ? findMediators() : null)).catch(showError);
});

// For scripts and tests: what is highlighted now.
window.actorGraph = { cy, highlighted: () => highlighted, findMediators, loadGraph };

loadGraph().catch(error => { document.body.dataset.state = 'error'; showError(error); });
