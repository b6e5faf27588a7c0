/* The comment box (comments.js, comments.css) is fetched only once the facilitator opens
 * comments: the first response stays as small as the page needs to show the ballot. */

import { BASE, KEYS, button, el, readStore, state, t, writeStore } from "./dom.js";

let loading = null;
let shown = null; // comments.js's updateComments, once loaded

export function updateComments(status) {
  if (shown) return shown(status);
  if (loading || !status || status.comments_open !== true) return; // nothing to show yet
  const style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = BASE + "comments.css";
  const styled = new Promise(function (resolve) { style.onload = style.onerror = resolve; });
  document.head.appendChild(style);
  loading = Promise.all([import(BASE + "comments.js"), styled]).then(function (loaded) {
    shown = loaded[0].mount({ BASE, KEYS, button, el, readStore, state, t, writeStore });
    shown(status);
  }).catch(function () {
    loading = null; // tried again at the next status
  });
}
