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
let highlighted = { endpoints: [], mediators: [], pathNodes: [], pathEdges: [] };

function showError(error) {
  ui.error.textContent = error ? String(error.message ?? error) : '';
  ui.error.hidden = !error;
}

function asOf() { return ui.asOf.value || undefined; }

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
  const [graph, clusters] = await Promise.all([getJson('/api/graph', { asOf: asOf() }), loadClusters()]);
  view = graph;
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
  ui.status.textContent = `graph v${view.version}: ${view.actors.length} actors, ${view.relations.length} relations, ` +
    `${view.processes.length} mediation processes${stamp}; ${clusters.size ? new Set(clusters.values()).size + ' camps' : 'no camps'}`;
  document.body.dataset.state = 'ready';
}

function fillSelects() {
  const actors = [...view.actors].sort((x, y) => x.name.localeCompare(y.name));
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
  const name = id => view.actors.find(x => x.id === id)?.name ?? id;
  ui.title.textContent = `${name(a)} and ${name(b)}`;
  renderMediators(ui.mediators, mediators, view);
  renderPaths(ui.paths, paths, view);
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
