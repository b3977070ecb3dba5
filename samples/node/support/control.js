"use strict";
// The emulator's control API (docs/control-api.md) over Node's built-in fetch: JSON in, JSON out.

/** The control API of the emulator at `endpoint` (host:port): get/post/put resolve with the JSON answer. */
function controlApi(endpoint) {
  const base = `http://${endpoint}/_tctestkit/`;
  const send = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) {
      // 400 (405, 403) with {"error": "..."} that names the problem and the fix
      const error = new Error(`${method} ${base}${path}: HTTP ${response.status}: ${json.error}`);
      error.status = response.status;
      error.body = json;
      throw error;
    }
    return json;
  };
  return {
    get: (path) => send("GET", path),
    post: (path, body) => send("POST", path, body),
    put: (path, body) => send("PUT", path, body),
  };
}

module.exports = { controlApi };
