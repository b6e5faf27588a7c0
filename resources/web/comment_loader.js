/* The comment box (comments.js, comments.css and its texts) is fetched only once the
 * facilitator opens comments: the first response stays as small as the ballot needs. */

import { BASE, KEYS, button, el, readStore, state, t, writeStore } from "./dom.js";

let loading = null;
let shown = null; // comments.js's updateComments, once loaded

function get(path) {
  return fetch(BASE + path, { cache: "no-store", credentials: "omit" });
}

/* The box's texts: api/session carries them while comments are open. */
function texts() {
  if (state.session.strings["comments.phone_title"]) return Promise.resolve();
  return get("api/session?lang=" + encodeURIComponent(state.session.lang))
    .then(function (response) { return response.json(); })
    .then(function (data) { Object.assign(state.session.strings, data.strings); });
}

function styled() {
  const style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = BASE + "comments.css";
  const done = new Promise(function (resolve) { style.onload = style.onerror = resolve; });
  document.head.appendChild(style);
  return done;
}

export function updateComments(status) {
  if (loading) return;
  const opening = status && status.comments_open === true;
  if (shown && !opening) return shown(status);
  if (!opening) return; // nothing to show yet
  const script = shown ? Promise.resolve(null) : import(BASE + "comments.js");
  loading = Promise.all([script, shown ? null : styled(), texts()]).then(function (loaded) {
    if (!shown) shown = loaded[0].mount({ BASE, KEYS, button, el, readStore, state, t, writeStore });
    loading = null;
    shown(status);
  }).catch(function () {
    loading = null; // tried again at the next status
  });
}
