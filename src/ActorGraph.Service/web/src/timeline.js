// A timeline slider over the dated record: every date a tie or process starts or ends, or an outcome
// happened, then "everything on record". Moving it (or pressing play) redraws what was known on
// that date, through the API's asOf.
export function recordDates(view) {
  const dates = new Set();
  const add = range => { if (range?.start) dates.add(range.start); if (range?.end) dates.add(range.end); };
  for (const r of view.relations) add(r.when);
  for (const p of view.processes) {
    add(p.when);
    for (const o of p.outcomes ?? []) if (o.date) dates.add(o.date);
  }
  return [...dates].sort();
}

export function createTimeline(ui, onDate) {
  let dates = [];
  let timer = null;

  function label(index) {
    return index >= dates.length ? 'everything on record' : `as of ${dates[index]}`;
  }

  function set(index, notify) {
    ui.slider.value = String(index);
    ui.output.textContent = label(index);
    if (notify) onDate(index >= dates.length ? '' : dates[index]);
  }

  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    ui.play.textContent = '▶';
    ui.play.setAttribute('aria-label', 'play the timeline');
  }

  ui.slider.addEventListener('input', () => { stop(); set(Number(ui.slider.value), true); });
  ui.play.addEventListener('click', () => {
    if (timer) { stop(); return; }
    let index = Number(ui.slider.value) >= dates.length ? 0 : Number(ui.slider.value);
    set(index, true);
    ui.play.textContent = '❚❚';
    ui.play.setAttribute('aria-label', 'pause the timeline');
    timer = setInterval(() => {
      index += 1;
      set(index, true);
      if (index >= dates.length) stop();
    }, 1500);
  });

  return {
    setDates(list, asOf) {
      dates = list;
      ui.slider.max = String(dates.length);
      ui.slider.disabled = dates.length === 0;
      ui.play.disabled = dates.length === 0;
      this.show(asOf);
    },
    // Moves the thumb to the last record date on or before `asOf` (no date: the end).
    show(asOf) {
      if (!asOf) { set(dates.length, false); return; }
      let index = 0;
      while (index + 1 < dates.length && dates[index + 1] <= asOf) index += 1;
      ui.slider.value = String(index);
      ui.output.textContent = `as of ${asOf}`;
    },
    playing: () => timer !== null,
    stop,
  };
}
