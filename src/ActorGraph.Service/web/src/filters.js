// Filters on the drawn ties: by sign, modality, kind and a minimum confidence. Hidden ties get the
// 'filtered' class (display: none); actors and processes stay, so positions never jump.
import { el, fill } from './dom.js';

const signs = ['cooperative', 'coercive', 'hostile', 'structural'];
const modalities = ['reported', 'claimed', 'hoped', 'denied'];

export function createFilters(ui, onChange) {
  const hidden = { sign: new Set(), mod: new Set(), kind: new Set() };
  let minConfidence = 0;

  function box(group, value) {
    const input = el('input', { type: 'checkbox', checked: !hidden[group].has(value), 'data-filter': group, value });
    input.addEventListener('change', () => {
      if (input.checked) hidden[group].delete(value); else hidden[group].add(value);
      onChange();
    });
    return el('label', { class: 'check' }, input, ` ${value}`);
  }

  function render(kinds) {
    fill(ui.signs, [el('legend', {}, 'Sign'), signs.map(s => box('sign', s))]);
    fill(ui.modalities, [el('legend', {}, 'Modality'), modalities.map(m => box('mod', m))]);
    fill(ui.kinds, [el('legend', {}, 'Tie kind'), [...kinds].sort().map(k => box('kind', k))]);
    ui.confidence.value = String(minConfidence);
    ui.confidenceValue.textContent = String(minConfidence);
  }

  ui.confidence.addEventListener('input', () => {
    minConfidence = Number(ui.confidence.value);
    ui.confidenceValue.textContent = ui.confidence.value;
    onChange();
  });

  function passes(data) {
    if (data.relation === undefined) return true; // process links follow their process
    return !hidden.sign.has(data.sign) && !hidden.mod.has(data.modality ?? 'reported') && !hidden.kind.has(data.kind)
      && (data.confidence ?? 1) >= minConfidence - 1e-9;
  }

  return {
    render,
    passes,
    apply(cy) {
      cy.batch(() => cy.edges().forEach(edge => edge.toggleClass('filtered', !passes(edge.data()))));
    },
    toState() {
      return {
        nosign: [...hidden.sign].join(','), nomod: [...hidden.mod].join(','), nokind: [...hidden.kind].join(','),
        conf: minConfidence > 0 ? String(minConfidence) : '',
      };
    },
    fromState(state) {
      const split = text => new Set((text ?? '').split(',').filter(Boolean));
      hidden.sign = split(state.nosign); hidden.mod = split(state.nomod); hidden.kind = split(state.nokind);
      minConfidence = Number(state.conf ?? 0) || 0;
    },
  };
}
