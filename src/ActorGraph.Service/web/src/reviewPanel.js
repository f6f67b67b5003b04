// The "Read report" tab: paste or upload a report, see its proposed facts on the graph and in a list,
// accept or reject each, then save (writes allowed) or download. The review model and drawing are in review.js.
import { postJson, postForFile } from './api.js';
import { download } from './exportView.js';
import { createReview, decide, acceptRest, accepted, renderReview, drawProposal, clearProposal, showDecisions, factById, proposalId } from './review.js';

const $ = id => document.getElementById(id);

// deps: cy, filters, showTab(name), run(promise), names() (id -> actor), version() (drawn graph version), reload().
export function setupReviewPanel(deps) {
  const cy = deps.cy;
  // -------------------------------------------------------------------------

  const review = createReview();
  const reviewUi = { form: $('read-form'), text: $('report-text'), file: $('report-file'), format: $('report-format'), title: $('report-title'),
    date: $('report-date'), publisher: $('report-publisher'), url: $('report-url'), status: $('review-status'), list: $('review') };
  let uploadedName = '';

  function reviewStatus(text, error = false) {
    reviewUi.status.textContent = text;
    reviewUi.status.classList.toggle('error', error);
  }

  async function readReport() {
    const text = reviewUi.text.value;
    const request = { text, format: reviewUi.format.value, fileName: uploadedName || undefined, title: reviewUi.title.value || undefined,
      date: reviewUi.date.value || undefined, publisher: reviewUi.publisher.value || undefined, url: reviewUi.url.value || undefined };
    reviewStatus('reading\u2026');
    document.body.dataset.state = 'reading';
    try {
      const answer = await postJson('/api/read', request);
      if (answer.version !== deps.version()) await deps.reload();
      review.answer = answer;
      review.request = request;
      review.decisions = new Map();
      drawProposal(cy, answer, deps.names());
      deps.filters.apply(cy);
      refreshReview();
      reviewStatus(`${answer.facts.length} facts proposed; accept or reject each, then ${answer.canSave ? 'save' : 'download (this service is read-only)'}`);
    } catch (error) {
      reviewStatus(error.message, true);
    } finally {
      document.body.dataset.state = 'ready';
    }
  }

  function refreshReview() {
    const focused = document.activeElement?.closest?.('[data-fact]')?.dataset.fact;
    renderReview(reviewUi.list, review, {
      acceptRest: () => { acceptRest(review); refreshReview(); },
      save: () => deps.run(saveReview()),
      download: () => deps.run(downloadReview()),
      json: () => download(`${review.answer.report.sourceId}-review.json`, JSON.stringify(reviewJson(), null, 2), 'application/json'),
    });
    showDecisions(cy, review);
    if (focused) reviewUi.list.querySelector(`[data-fact="${CSS.escape(focused)}"]`)?.focus();
  }

  function reviewJson() {
    return { report: review.answer.report, version: review.answer.version,
      facts: review.answer.facts.map(f => ({ ...f, decision: f.reviewable ? review.decisions.get(f.id) ?? 'undecided' : 'on record' })) };
  }

  function decisionBody() {
    return { report: review.request, version: review.answer.version, accepted: accepted(review) };
  }

  async function saveReview() {
    reviewStatus('saving\u2026');
    try {
      const saved = await postJson('/api/read/save', decisionBody());
      review.answer = null;
      review.decisions = new Map();
      clearProposal(cy);
      refreshReview();
      await deps.reload();
      reviewStatus(`saved ${saved.relations} ties, ${saved.actors} actors and ${saved.processes} processes to ${saved.file}; graph v${saved.version}`);
    } catch (error) {
      reviewStatus(error.message, true);
    }
  }

  async function downloadReview() {
    try {
      const file = await postForFile('/api/read/download', decisionBody());
      download(file.name, file.blob, 'application/zip');
    } catch (error) {
      reviewStatus(error.message, true);
    }
  }

  function focusFact(id) {
    deps.showTab('read');
    const item = reviewUi.list.querySelector(`[data-fact="${CSS.escape(id)}"]`);
    if (item) { item.focus(); item.scrollIntoView({ block: 'nearest' }); }
  }

  function markFact(id) {
    const fact = factById(review, id);
    if (!fact) return;
    const element = cy.getElementById(proposalId(fact.kind, id));
    cy.elements().removeClass('chosen');
    if (element.nonempty()) element.addClass('chosen');
  }

  reviewUi.form.addEventListener('submit', event => { event.preventDefault(); deps.run(readReport()); });
  reviewUi.file.addEventListener('change', async () => {
    const file = reviewUi.file.files?.[0];
    if (!file) return;
    uploadedName = file.name;
    reviewUi.text.value = await file.text();
  });
  reviewUi.text.addEventListener('input', () => { uploadedName = ''; });
  $('review-clear').addEventListener('click', () => {
    review.answer = null; review.decisions = new Map(); uploadedName = '';
    reviewUi.form.reset(); clearProposal(cy); refreshReview(); reviewStatus('');
  });
  reviewUi.list.addEventListener('click', event => {
    const button = event.target.closest('[data-decide]');
    const item = event.target.closest('[data-fact]');
    if (!item) return;
    markFact(item.dataset.fact);
    if (button) { decide(review, item.dataset.fact, button.dataset.decide); refreshReview(); }
  });
  reviewUi.list.addEventListener('focusin', event => { const item = event.target.closest('[data-fact]'); if (item) markFact(item.dataset.fact); });
  reviewUi.list.addEventListener('keydown', event => {
    const item = event.target.closest('[data-fact]');
    if (!item || event.target.tagName === 'BUTTON' && (event.key === 'Enter' || event.key === ' ')) return;
    const key = event.key.toLowerCase();
    const move = step => {
      const items = [...reviewUi.list.querySelectorAll('[data-fact]')];
      items[Math.max(0, Math.min(items.length - 1, items.indexOf(item) + step))]?.focus();
    };
    if (key === 'a' || key === 'r') {
      event.preventDefault();
      decide(review, item.dataset.fact, key === 'a' ? 'accepted' : 'rejected');
      refreshReview();
      move(1);
    } else if (event.key === 'ArrowDown' || key === 'j') { event.preventDefault(); move(1); }
    else if (event.key === 'ArrowUp' || key === 'k') { event.preventDefault(); move(-1); }
  });

  return { state: review, focusFact };
}
