// The whole view in the address's hash, so a link reopens it: the pair asked about, the date, the
// selection, the filters and the open tab. Written with history.replaceState (no history spam).
const keys = ['a', 'b', 'asOf', 'sel', 'hostile', 'nosign', 'nomod', 'nokind', 'conf', 'tab'];

export function readHash() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const state = {};
  for (const key of keys) if (params.has(key)) state[key] = params.get(key);
  return state;
}

export function writeHash(state) {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = state[key];
    if (value !== undefined && value !== null && value !== '') params.set(key, value);
  }
  const hash = params.toString();
  const url = `${location.pathname}${location.search}${hash ? '#' + hash : ''}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
}
