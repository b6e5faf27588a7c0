/* The room's questions and comments: a small box under the ballot, shown only while the
 * facilitator takes comments (api/status says comments_open). A comment goes to the
 * facilitator's queue, never straight to the screen; the facilitator reads it first.
 *
 * The box lives outside #app, so the ballot's rendering never touches it. The text being
 * written and the team and function picked for it stay on this phone (localStorage) until
 * the comment is sent. Every text goes in through textContent, never innerHTML.
 */

// Loaded on its own (comment_loader.js) the first time comments open, so the page's first
// response stays small; it gets the page's shared helpers from the loader, not by import,
// so that it shares the page's one state.
export function mount(shared) {
  const { BASE, KEYS, button, el, readStore, state, t, writeStore } = shared;
  const COMMENT_KEY = KEYS.draft.replace("msw.draft.", "msw.comment."); // per session code
  const box = el("section", { className: "room-comment", id: "room-comment", hidden: true,
    "aria-labelledby": "room-comment-title" });
  document.body.appendChild(box);
  // The box's style and texts, fetched now: neither is in the page's first response.
  const style = el("link", { rel: "stylesheet", href: BASE + "comments.css" });
  const ready = Promise.all([
    new Promise(function (resolve) {
      style.addEventListener("load", resolve);
      style.addEventListener("error", resolve);
      document.head.appendChild(style);
    }),
    texts(),
  ]);
  let latest = null; // the last status asked for while the texts were on their way

  function texts() {
    if (state.session.strings["comments.phone_title"]) return Promise.resolve();
    return fetch(BASE + "api/session?lang=" + encodeURIComponent(state.session.lang),
      { cache: "no-store", credentials: "omit" })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        Object.assign(state.session.strings, data.strings);
        state.session.room_comment_max = data.room_comment_max;
      });
  }

  let open = false;
  let sending = false;
  let note = { text: "", kind: "" }; // the line under the button: thanks or a refusal

  /* Called with each status (api/status, or the session's round state), or with null after a
   * change of language: shows, hides or redraws the box. */
  function updateComments(status) {
    latest = status === null ? latest : status;
    ready.then(function () { show(latest, status === null); });
  }

  function show(status, redraw) {
    if (status && !redraw) {
      const wasOpen = open;
      open = status.comments_open === true;
      if (open === wasOpen && box.childElementCount) return; // nothing changed: keep typing
    }
    box.hidden = !open;
    if (!open) return;
    if (state.session.strings["comments.phone_title"]) {
      build();
      return;
    }
    texts().then(function () { // a new language's session came while comments were closed
      if (state.session.strings["comments.phone_title"]) build();
    });
  }


  function saved() {
    const found = readStore(COMMENT_KEY);
    return found && typeof found === "object" ? found : {};
  }

  function remember(changes) {
    writeStore(COMMENT_KEY, Object.assign(saved(), changes));
  }

  function known(list, key, value) {
    return list.some(function (item) { return item[key] === value; }) ? value : null;
  }

  /* The team and function for the comment: as picked here before, else as voted with. */
  function chosen() {
    const draft = state.draft || {};
    const sent = readStore(KEYS.sent) || {};
    const mine = saved();
    const teams = state.session.teams;
    const fns = state.session.functions;
    return {
      team: known(teams, "id", mine.team) ?? known(teams, "id", draft.team) ?? known(teams, "id", sent.team),
      fn: known(fns, "key", mine.fn) ?? known(fns, "key", draft.fn) ?? known(fns, "key", sent.fn),
    };
  }

  function select(id, label, items, picked, onPick) {
    const field = el("select", { id: id, className: "comment-select" },
      el("option", { value: "", text: "—" }));
    items.forEach(function (item) {
      field.appendChild(el("option", { value: String(item.value), text: item.name, selected: item.value === picked }));
    });
    field.addEventListener("change", function () { onPick(field.value); });
    return el("div", { className: "comment-field" },
      el("label", { className: "field-label", for: id, text: label }), field);
  }

  function build() {
    const max = state.session.room_comment_max;
    const pick = chosen();
    const status = el("p", { className: "comment-note" + (note.kind ? " is-" + note.kind : ""),
      id: "room-comment-note", role: "status", "aria-live": "polite", text: note.text });
    const area = el("textarea", { id: "room-comment-text", maxlength: max, rows: 3,
      "aria-describedby": "room-comment-hint room-comment-count" });
    area.value = typeof saved().text === "string" ? saved().text.slice(0, max) : "";
    const counter = el("p", { className: "counter", id: "room-comment-count" });
    function count() {
      counter.textContent = t("comments.phone_count", { count: area.value.length, max: max });
    }
    area.addEventListener("input", function () {
      remember({ text: area.value.slice(0, max) });
      count();
    });
    count();
    const send = button(sending ? t("comments.phone_sending") : t("comments.phone_send"), function () {
      submit(area, send, status);
    }, "button primary");
    send.id = "room-comment-send";
    send.setAttribute("aria-disabled", sending ? "true" : "false");
    box.replaceChildren(
      el("h2", { id: "room-comment-title", text: t("comments.phone_title") }),
      el("p", { className: "note", id: "room-comment-hint", text: t("comments.phone_hint") }),
      el("div", { className: "comment-group" },
        select("room-comment-team", t("comments.phone_team"),
          state.session.teams.map(function (team) { return { value: team.id, name: team.name }; }),
          pick.team, function (value) { remember({ team: value === "" ? null : Number(value) }); }),
        select("room-comment-fn", t("comments.phone_function"),
          state.session.functions.map(function (fn) { return { value: fn.key, name: fn.name }; }),
          pick.fn, function (value) { remember({ fn: value === "" ? null : value }); })),
      el("label", { className: "sr-only", for: "room-comment-text", text: t("comments.phone_title") }),
      area,
      counter,
      el("div", { className: "nav" }, send),
      status,
    );
  }

  function say(status, text, kind) {
    note = { text: text, kind: kind };
    status.textContent = text;
    status.className = "comment-note" + (kind ? " is-" + kind : "");
  }

  function submit(area, send, status) {
    if (sending) return;
    const pick = chosen();
    const text = area.value.trim();
    if (pick.team === null || pick.fn === null) return say(status, t("comments.phone_choose"), "error");
    if (text === "") return say(status, t("comments.phone_empty"), "error");
    sending = true;
    send.setAttribute("aria-disabled", "true");
    send.textContent = t("comments.phone_sending");
    const controller = new AbortController();
    const timer = setTimeout(function () { controller.abort(); }, 10000);
    fetch(BASE + "api/comment?lang=" + encodeURIComponent(state.session.lang), {
      method: "POST",
      cache: "no-store",
      credentials: "omit",
      signal: controller.signal,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ team: pick.team, function: pick.fn, text: area.value }),
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (response.status === 200 && data.ok) {
          area.value = "";
          remember({ text: "" });
          area.dispatchEvent(new Event("input"));
          say(status, t("comments.phone_thanks"), "ok");
        } else {
          say(status, typeof data.message === "string" ? data.message : t("comments.phone_failed"), "error");
        }
      });
    }).catch(function () {
      say(status, t("comments.phone_failed"), "error");
    }).finally(function () {
      clearTimeout(timer);
      sending = false;
      send.setAttribute("aria-disabled", "false");
      send.textContent = t("comments.phone_send");
    });
  }

  return updateComments;
}
