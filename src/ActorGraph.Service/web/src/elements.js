// Turns the API's graph view into Cytoscape elements: actors and mediation processes as nodes,
// relations as edges classed by sign, and party/mediator links from actors to their processes.
import { palette } from './styles.js';

export function buildElements(view, clusterOf) {
  const elements = [];
  const known = new Set(view.actors.map(a => a.id));
  for (const actor of view.actors) {
    const cluster = clusterOf.get(actor.id);
    elements.push({
      group: 'nodes',
      data: { id: actor.id, label: actor.name, kind: actor.kind, cluster: cluster ?? -1,
        color: cluster === undefined ? '#cbd2d9' : palette[cluster % palette.length] },
      classes: `actor ${actor.kind}`,
    });
  }
  for (const relation of view.relations) {
    if (!known.has(relation.source) || !known.has(relation.target)) continue;
    const sign = signOf(relation);
    elements.push({
      group: 'edges',
      data: { id: `r:${relation.id}`, relation: relation.id, source: relation.source, target: relation.target,
        kind: relation.kind, strength: relation.strength ?? 0.5, sign, modality: relation.modality ?? 'reported',
        confidence: relation.confidence ?? 1 },
      classes: `${sign}${directedKinds.has(relation.kind) ? ' directed' : ''}`,
    });
  }
  for (const process of view.processes) {
    const id = `p:${process.id}`;
    elements.push({ group: 'nodes', data: { id, label: process.name, process: process.id, color: '#f2c14e' }, classes: 'process' });
    for (const party of process.parties) {
      if (known.has(party)) elements.push({ group: 'edges', data: { id: `${id}:party:${party}`, source: party, target: id, strength: 0.3 }, classes: 'role party-role' });
    }
    for (const mediator of process.mediators) {
      if (known.has(mediator)) elements.push({ group: 'edges', data: { id: `${id}:mediator:${mediator}`, source: mediator, target: id, strength: 0.3 }, classes: 'role mediator-role' });
    }
  }
  return elements;
}

// The relation vocabulary's signs (Core RelationVocabulary): the API writes kinds by name.
const signs = {
  'leads': 'structural', 'part-of': 'structural', 'member-of': 'structural', 'based-in': 'structural',
  'meets': 'cooperative', 'negotiates': 'cooperative', 'engages': 'cooperative', 'mediates': 'cooperative',
  'supports': 'cooperative', 'cooperates': 'cooperative', 'agrees-ceasefire': 'cooperative', 'aids': 'cooperative', 'allied': 'cooperative',
  'pressures': 'coercive', 'demands': 'coercive', 'threatens': 'coercive', 'sanctions': 'coercive', 'rejects': 'coercive',
  'accuses': 'hostile', 'attacks': 'hostile', 'armed-conflict': 'hostile',
};
const undirected = new Set(['meets', 'negotiates', 'cooperates', 'agrees-ceasefire', 'allied', 'armed-conflict']);
const directedKinds = new Set(Object.keys(signs).filter(k => !undirected.has(k)));

export function signOf(relation) {
  return relation.sign ?? signs[relation.kind] ?? 'structural';
}
