/* The comment box (comments.js) is fetched only once the facilitator opens comments. */

import { BASE, KEYS, button, el, readStore, state, t, writeStore } from "./dom.js";

let shown = null;

export function updateComments(status) {
  if (shown) return shown(status);
  if (!status || status.comments_open !== true) return;
  shown = function () {}; // while it loads
  import(BASE + "comments.js").then(function (module) {
    shown = module.mount({ BASE, KEYS, button, el, readStore, state, t, writeStore });
    shown(status);
  }, function () {
    shown = null; // tried again at the next status
  });
}
