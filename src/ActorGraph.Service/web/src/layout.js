// A stable layout: the same graph always draws the same way (fCoSE run with a seeded random number
// generator in place of Math.random), and the positions the user drags are kept in localStorage and
// put back on every load.
const storageKey = 'actorgraph:positions:v1';

// mulberry32: a small, well-mixed 32-bit generator; the seed comes from the graph's ids.
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

// Runs `action` with Math.random replaced by a generator seeded from `seed`.
export function withSeededRandom(seed, action) {
  const original = Math.random;
  Math.random = generator(seed);
  try { return action(); } finally { Math.random = original; }
}

// Lays out every node of `cy` deterministically: sorted ids give the seed and the initial order.
export function stableLayout(cy) {
  const ids = cy.nodes().map(n => n.id()).sort();
  const seed = hash(ids.join('\n'));
  withSeededRandom(seed, () => {
    const options = cy.nodes().length > 2000
      ? { name: 'grid', sort: (a, b) => (a.id() < b.id() ? -1 : 1) }
      : { name: 'fcose', quality: 'default', randomize: true, animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, nodeSeparation: 80 };
    cy.layout(options).run();
  });
  applySaved(cy);
}

export function savedPositions() {
  try { return JSON.parse(localStorage.getItem(storageKey) ?? '{}'); } catch { return {}; }
}

export function applySaved(cy) {
  const saved = savedPositions();
  cy.batch(() => {
    for (const [id, position] of Object.entries(saved)) {
      const node = cy.getElementById(id);
      if (node.nonempty() && Number.isFinite(position.x) && Number.isFinite(position.y)) node.position(position);
    }
  });
}

export function savePosition(node) {
  const saved = savedPositions();
  const { x, y } = node.position();
  saved[node.id()] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  try { localStorage.setItem(storageKey, JSON.stringify(saved)); } catch { /* storage full or disabled: positions last this visit */ }
}

export function forgetPositions() {
  try { localStorage.removeItem(storageKey); } catch { /* nothing to forget */ }
}
