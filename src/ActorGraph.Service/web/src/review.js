// Reading a report on the page: the proposed facts drawn on the graph (new ones in their own colours)
// and listed with their quoted sentence; the analyst accepts or rejects each (buttons, or the keys
// A / R / arrows on a focused fact), then saves into the seed folder (only when the service was started
// with --allow-writes) or downloads the accepted facts as a seed folder zip or the review as JSON.
import { el, fill } from './dom.js';
import { hash } from './layout.js';
import { signOf } from './elements.js';

const effectLabels = {
  'new-actor': 'new actor', 'known-actor': 'on record', 'new-tie': 'new tie', 'on-record': 'tie on record: adds evidence',
  'contradicts': 'contradicts the record', 'new-process': 'new process',
};

// The review state: the reading's answer, the request that produced it, and a decision per fact.
export function createReview() {
  return { answer: null, request: null, decisions: new Map() };
}

export function factById(review, id) {
  return review.answer?.facts.find(f => f.id === id);
}

// Accepting a fact accepts the new actors it needs; rejecting a new actor rejects the facts that need it.
export function decide(review, id, decision) {
  const fact = factById(review, id);
  if (!fact || !fact.reviewable) return;
  review.decisions.set(id, decision);
  if (decision === 'accepted') for (const needed of fact.needs ?? []) review.decisions.set(needed, 'accepted');
  if (decision === 'rejected' && fact.kind === 'actor') {
    for (const other of review.answer.facts) if ((other.needs ?? []).includes(id)) review.decisions.set(other.id, 'rejected');
  }
}

export function acceptRest(review) {
  for (const fact of review.answer?.facts ?? []) if (fact.reviewable && !review.decisions.has(fact.id)) decide(review, fact.id, 'accepted');
}

export function accepted(review) {
  return [...review.decisions].filter(([, d]) => d === 'accepted').map(([id]) => id);
}

// The sentence with the rule's quoted words marked.
function quoted(fact) {
  const sentence = fact.sentence ?? '';
  const at = fact.quote ? sentence.toLowerCase().indexOf(fact.quote.toLowerCase()) : -1;
  const parts = at < 0 ? [sentence] : [sentence.slice(0, at), el('mark', {}, sentence.slice(at, at + fact.quote.length)), sentence.slice(at + fact.quote.length)];
  return el('blockquote', { class: 'sentence', cite: `#para-${fact.paragraph}` }, '\u201c', parts, '\u201d');
}

export function renderReview(container, review, handlers) {
  const answer = review.answer;
  if (!answer) { fill(container, []); return; }
  const facts = answer.facts;
  const count = effect => facts.filter(f => f.effect === effect).length;
  const report = answer.report;
  const decided = facts.filter(f => f.reviewable && review.decisions.has(f.id)).length;
  const reviewable = facts.filter(f => f.reviewable).length;
  fill(container, [
    el('h3', {}, report.title ?? report.sourceId),
    el('div', { class: 'why' }, [report.date ?? 'undated (relative dates left undated)', report.publisher, `${report.paragraphs} paragraphs, ${report.sentences} sentences`].filter(Boolean).join(' · ')),
    el('div', { class: 'why review-counts' },
      `${facts.length} facts: ${count('new-actor')} new actors, ${count('new-tie')} new ties, ${count('contradicts')} contradicting, ${count('on-record')} on record, ${count('new-process')} new processes; ${decided} of ${reviewable} decided`),
    (answer.notes ?? []).length ? el('details', { class: 'more' }, el('summary', {}, `${answer.notes.length} notes`), el('ul', { class: 'evidence' }, answer.notes.map(n => el('li', {}, n)))) : null,
    el('div', { class: 'review-actions' },
      el('button', { type: 'button', id: 'review-accept-rest' }, 'Accept the rest'),
      el('button', { type: 'button', id: 'review-save', disabled: !answer.canSave,
        title: answer.canSave ? 'write the accepted facts into the seed folder' : 'read-only service: start it with actorgraph serve --allow-writes to save; download instead' }, 'Save to seed folder'),
      el('button', { type: 'button', id: 'review-download' }, 'Download seed (zip)'),
      el('button', { type: 'button', id: 'review-json' }, 'Download review (JSON)')),
    el('p', { class: 'why' }, 'Keys on a focused fact: A accept, R reject, \u2193/\u2191 next/previous.'),
    el('ol', { id: 'review-list', class: 'review-list' }, facts.map(f => factItem(f, review.decisions.get(f.id))))]);
  container.querySelector('#review-accept-rest').addEventListener('click', handlers.acceptRest);
  container.querySelector('#review-save').addEventListener('click', handlers.save);
  container.querySelector('#review-download').addEventListener('click', handlers.download);
  container.querySelector('#review-json').addEventListener('click', handlers.json);
}

function factItem(fact, decision) {
  const state = fact.reviewable ? decision ?? 'undecided' : 'known';
  return el('li', { class: `item fact ${state} effect-${fact.effect}`, tabindex: '0', 'data-fact': fact.id, 'data-kind': fact.kind, 'data-decision': state,
    'aria-label': `${fact.kind}: ${fact.summary}; ${effectLabels[fact.effect] ?? fact.effect}; ${state}` },
    el('span', { class: 'badge' }, fact.kind),
    el('span', { class: `badge effect effect-${fact.effect}` }, effectLabels[fact.effect] ?? fact.effect),
    el('div', { class: 'name' }, fact.summary),
    quoted(fact),
    el('div', { class: 'why' }, `para ${fact.paragraph}, chars ${fact.start}-${fact.end} · rule ${fact.rule} · confidence ${Number(fact.confidence).toFixed(2)}`),
    fact.effect === 'contradicts' || fact.effect === 'on-record' ? el('div', { class: 'why' }, fact.change) : null,
    fact.reviewable
      ? el('div', { class: 'decision' },
        el('button', { type: 'button', class: 'accept', 'data-decide': 'accepted', 'aria-pressed': String(state === 'accepted') }, 'Accept'),
        el('button', { type: 'button', class: 'reject', 'data-decide': 'rejected', 'aria-pressed': String(state === 'rejected') }, 'Reject'))
      : el('div', { class: 'why' }, 'already in the graph: nothing to decide'));
}

// --- the proposal on the graph ------------------------------------------------------------------

const prefix = 'new:';
export const proposalId = (kind, id) => (kind === 'actor' ? id : `${prefix}${kind[0]}:${id}`);

// Draws the proposed records next to what they touch; new actors are placed near their drawn neighbours
// at positions derived from their ids (so the same reading draws the same way).
export function drawProposal(cy, answer, names) {
  clearProposal(cy);
  const effects = new Map(answer.facts.map(f => [f.id, f.effect]));
  const added = [];
  const ensure = id => {
    if (cy.getElementById(id).nonempty()) return;
    const actor = answer.proposed.actors.find(a => a.id === id) ?? names.get(id);
    const fresh = answer.proposed.actors.some(a => a.id === id);
    added.push(cy.add({ group: 'nodes', data: { id, label: actor?.name ?? id, color: fresh ? '#f5d0fe' : '#cbd2d9', cluster: -1, proposal: fresh ? id : undefined },
      classes: `actor ${actor?.kind ?? ''}${fresh ? ' proposed effect-new-actor' : ''}` }));
  };
  cy.batch(() => {
    for (const actor of answer.proposed.actors) ensure(actor.id);
    for (const r of answer.proposed.relations) {
      ensure(r.source); ensure(r.target);
      const sign = signOf(r);
      cy.add({ group: 'edges', data: { id: proposalId('relation', r.id), proposal: r.id, source: r.source, target: r.target, kind: r.kind,
        strength: r.strength ?? 0.5, sign, modality: r.modality ?? 'reported', confidence: r.confidence ?? 1 },
      classes: `proposed ${sign} effect-${effects.get(r.id) ?? 'new-tie'}` });
    }
    for (const p of answer.proposed.processes) {
      const id = proposalId('process', p.id);
      cy.add({ group: 'nodes', data: { id, label: p.name, proposal: p.id, color: '#f5d0fe' }, classes: 'proposed proposal-process effect-new-process' });
      for (const party of p.parties) { ensure(party); cy.add({ group: 'edges', data: { id: `${id}:party:${party}`, source: party, target: id, strength: 0.3, proposal: p.id }, classes: 'proposed proposal-role' }); }
      for (const m of p.mediators) { ensure(m); cy.add({ group: 'edges', data: { id: `${id}:mediator:${m}`, source: m, target: id, strength: 0.3, proposal: p.id }, classes: 'proposed proposal-role mediator-role' }); }
    }
  });
  // Around the drawn actors they touch, on a sunflower spiral (golden angle), so that several new actors
  // next to the same neighbour do not land on one another; positions depend only on the order of the facts.
  const placing = [...added, ...cy.nodes('.proposal-process')];
  const around = new Map();
  placing.forEach(node => {
    const placed = node.neighborhood('node').filter(n => !placing.includes(n));
    const box = placed.nonempty() ? placed.boundingBox() : cy.extent();
    const key = placed.nonempty() ? placed.map(n => n.id()).sort().join(' ') : '';
    const i = around.get(key) ?? 0;
    around.set(key, i + 1);
    const angle = i * 2.39996 + (hash(key) % 628) / 100;
    const radius = 70 + 38 * Math.sqrt(i);
    node.position({ x: (box.x1 + box.x2) / 2 + radius * Math.cos(angle), y: (box.y1 + box.y2) / 2 + radius * Math.sin(angle) });
  });
}

export function clearProposal(cy) {
  cy.remove(cy.elements('.proposed'));
}

// Marks each drawn proposal with its decision.
export function showDecisions(cy, review) {
  cy.batch(() => cy.elements('.proposed').forEach(e => {
    const decision = review.decisions.get(e.data('proposal'));
    e.toggleClass('accepted', decision === 'accepted');
    e.toggleClass('rejected', decision === 'rejected');
  }));
}
