// Small fetch helpers: JSON in, ProblemDetails turned into readable errors.
export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      message = problem.detail || problem.title || message;
      if (Array.isArray(problem.errors)) message += '\n' + problem.errors.join('\n');
    } catch { /* not JSON */ }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

export function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  return query.toString() ? `${path}?${query}` : path;
}

// Every state-changing request the page makes goes through here and says it comes from a client that
// knows the API (the service refuses POSTs without this header: a page on another site cannot add it).
export const requestHeader = { 'X-ActorGraph-Client': 'web' };

async function post(path, body, accept) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { Accept: accept, 'Content-Type': 'application/json', ...requestHeader },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    let problem = null;
    try {
      problem = await response.json();
      message = problem.detail || problem.title || message;
      if (Array.isArray(problem.errors)) message += '\n' + problem.errors.join('\n');
    } catch { /* not JSON */ }
    const error = new Error(message);
    error.status = response.status;
    error.problem = problem;
    throw error;
  }
  return response;
}

export async function postJson(path, body) {
  return (await post(path, body, 'application/json')).json();
}

// A POST whose answer is a file: returns the blob and the name the service gives it.
export async function postForFile(path, body) {
  const response = await post(path, body, '*/*');
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? 'download';
  return { blob: await response.blob(), name: decodeURIComponent(name) };
}
