/* Dot voting on the team's actions: three dots, at most two on one action, changeable until
 * the facilitator closes the vote. The team and function come from this phone's own memory of
 * the ballot it sent (nothing on the server links the two); a phone without that memory asks.
 * The dots being placed are kept in localStorage, like the ballot's draft.
 */

import { KEYS, button, el, readStore, request, state, t, writeStore } from "./dom.js";
import { deviceToken } from "./steps.js";

const dotVote = { team: null, actions: null, loading: false, sending: false, changing: false, error: "" };

/* The error line: shows (once) what the server last refused, until the next render. */
function errorLine() {
  const text = dotVote.error;
  dotVote.error = "";
  return el("p", { className: "error", id: "dots-error", role: "alert", text: text });
}

function openTeams() {
  return Array.isArray(state.status.dots) ? state.status.dots : [];
}

/* Remember the team and function this phone voted with (on this phone only). */
export function rememberVoter(team, fn) {
  writeStore(KEYS.who, { team: team, fn: fn });
}

function voter() {
  const who = readStore(KEYS.who) || readStore(KEYS.sent);
  if (!who || !state.session) return null;
  const team = state.session.teams.some(function (item) { return item.id === who.team; });
  const fn = state.session.functions.some(function (item) { return item.key === who.fn; });
  return team && fn ? { team: who.team, fn: who.fn } : null;
}

/* Whether this phone has a dot vote to show: its team's is open, or it does not know its
 * team and some team's vote is open. */
export function wantsDots() {
  const open = openTeams();
  const who = voter();
  return who ? open.indexOf(who.team) >= 0 : open.length > 0;
}

function dotsDraft() {
  const saved = readStore(KEYS.dots);
  const who = voter();
  if (!saved || !who || saved.team !== who.team || typeof saved.placed !== "object") {
    return { team: who ? who.team : null, placed: {}, sent: false };
  }
  return saved;
}

function saveDots(value) {
  writeStore(KEYS.dots, value);
}

function placedCount(placed) {
  return Object.keys(placed).reduce(function (sum, id) { return sum + placed[id]; }, 0);
}

function loadActions(rerender) {
  const who = voter();
  if (!who || dotVote.loading) return;
  dotVote.loading = true;
  request("api/actions?team=" + encodeURIComponent(who.team) + "&lang=" + encodeURIComponent(state.session.lang))
    .then(function (response) { return response.json(); })
    .then(function (data) {
      dotVote.loading = false;
      dotVote.team = who.team;
      dotVote.actions = data;
      const current = dotsDraft();
      const ids = (data.actions || []).map(function (action) { return String(action.id); });
      Object.keys(current.placed).forEach(function (id) {
        if (ids.indexOf(id) < 0) delete current.placed[id];
      });
      saveDots(current);
      rerender();
    })
    .catch(function () {
      dotVote.loading = false;
      dotVote.actions = null;
      rerender();
    });
}

/* The dot vote's screen; ``show`` puts nodes on the page, ``rerender`` draws it again. */
export function renderDots(show, focus, rerender) {
  const who = voter();
  const header = [el("p", { className: "session-title", text: state.session.title })];
  if (!who) {
    show(header.concat(whoStep(rerender)), focus);
    return;
  }
  if (openTeams().indexOf(who.team) < 0) {
    const sent = dotsDraft().sent;
    const nodes = [
      el("h1", { text: t("phone.dots_title") }),
      errorLine(),
      el("p", { className: "lead", text: t("phone.dots_closed") }),
    ];
    if (sent) nodes.push(el("p", { className: "note", text: t("phone.dots_closed_sent") }));
    show(header.concat(nodes), focus);
    return;
  }
  if (!dotVote.actions || dotVote.team !== who.team || !dotVote.actions.open) {
    if (dotVote.actions && dotVote.team === who.team && !dotVote.actions.open && !dotVote.loading) {
      dotVote.actions = null; // the list was read while closed: read it again now it is open
    }
    show(header.concat([el("h1", { text: t("phone.dots_title") }), el("p", { className: "lead", text: "…" })]), focus);
    loadActions(rerender);
    return;
  }
  const current = dotsDraft();
  if (current.sent && !dotVote.changing) {
    show(header.concat(thanks(current, rerender)), focus);
    return;
  }
  show(header.concat(board(current, rerender)), focus);
}

function whoStep(rerender) {
  const picked = { team: null, fn: null };
  const error = el("p", { className: "error", id: "dots-error", role: "alert" });
  function radios(name, items, onPick) {
    const box = el("div", { className: "options" });
    items.forEach(function (item) {
      const input = el("input", { type: "radio", name: name, value: String(item.value) });
      const label = el("label", { className: "option" }, input, el("span", { className: "option-name", text: item.name }));
      input.addEventListener("change", function () {
        box.querySelectorAll(".option").forEach(function (o) { o.classList.remove("is-picked"); });
        label.classList.add("is-picked");
        onPick(item.value);
        error.textContent = "";
      });
      box.appendChild(label);
    });
    return box;
  }
  const teams = state.session.teams.filter(function (team) { return openTeams().indexOf(team.id) >= 0; });
  return [
    el("h1", { text: t("phone.dots_title") }),
    el("p", { className: "lead", text: t("phone.dots_who") }),
    el("fieldset", {}, el("legend", { className: "field-label", text: t("general.choose_team") }),
      radios("dots-team", teams.map(function (team) { return { value: team.id, name: team.name }; }),
        function (value) { picked.team = value; })),
    el("fieldset", {}, el("legend", { className: "field-label", text: t("general.choose_function") }),
      radios("dots-fn", state.session.functions.map(function (f) { return { value: f.key, name: f.name }; }),
        function (value) { picked.fn = value; })),
    error,
    el("div", { className: "nav" }, button(t("phone.next"), function () {
      if (picked.team === null) error.textContent = t("phone.choose_team_first");
      else if (picked.fn === null) error.textContent = t("phone.choose_function_first");
      else {
        rememberVoter(picked.team, picked.fn);
        rerender();
      }
    }, "button primary")),
  ];
}

function dotMarks(count, max) {
  const marks = el("span", { className: "dot-marks", "aria-hidden": "true" });
  for (let i = 0; i < max; i += 1) {
    marks.appendChild(el("span", { className: i < count ? "dot is-placed" : "dot" }));
  }
  return marks;
}

function board(current, rerender) {
  const data = dotVote.actions;
  const total = data.dots_per_person;
  const left = total - placedCount(current.placed);
  const error = errorLine();
  const list = el("ol", { className: "dot-list" });
  data.actions.forEach(function (action) {
    const key = String(action.id);
    const mine = current.placed[key] || 0;
    function change(delta) {
      const next = mine + delta;
      if (delta > 0 && left <= 0) {
        error.textContent = t("phone.dots_none_left", { count: total });
        return;
      }
      if (next > data.max_per_action) {
        error.textContent = t("phone.dots_max_one", { count: data.max_per_action });
        return;
      }
      if (next <= 0) delete current.placed[key];
      else current.placed[key] = next;
      current.sent = false;
      saveDots(current);
      rerender();
      const again = document.querySelector('[data-action="' + key + '"] .dot-add');
      if (again) again.focus();
    }
    list.appendChild(el("li", { className: "dot-item" + (mine ? " has-dots" : ""), "data-action": key },
      el("div", { className: "dot-text" },
        el("span", { className: "option-name", text: action.title }),
        action.description ? el("span", { className: "option-summary", text: action.description }) : null),
      el("div", { className: "dot-controls" },
        el("button", { type: "button", className: "dot-button dot-remove", text: "−",
          "aria-label": t("phone.dots_remove", { action: action.title }),
          "aria-disabled": mine === 0 ? "true" : "false",
          onclick: function () { if (mine > 0) change(-1); } }),
        dotMarks(mine, data.max_per_action),
        el("span", { className: "sr-only", text: t("phone.dots_on_action", { count: mine }) }),
        el("button", { type: "button", className: "dot-button dot-add", text: "+",
          "aria-label": t("phone.dots_add", { action: action.title }),
          "aria-disabled": left <= 0 || mine >= data.max_per_action ? "true" : "false",
          onclick: function () { change(1); } }))));
  });
  const send = el("button", { type: "button", className: "button primary", id: "dots-send",
    "aria-disabled": dotVote.sending || left === total ? "true" : "false",
    text: dotVote.sending ? t("phone.sending") : t("phone.dots_send"),
    onclick: function () { sendDots(current, error, rerender); } });
  return [
    el("h1", { text: t("phone.dots_title") }),
    el("p", { className: "lead", text: t("phone.dots_intro", { count: total, max: data.max_per_action }) }),
    el("p", { className: "dots-left", id: "dots-left", "aria-live": "polite",
      text: t("phone.dots_left", { count: left, total: total }) }),
    data.actions.length ? list : el("p", { className: "note", text: t("phone.dots_no_actions") }),
    error,
    el("div", { className: "nav" },
      dotVote.changing ? button(t("phone.back"), function () { dotVote.changing = false; rerender(); }) : null,
      send),
  ];
}

function thanks(current, rerender) {
  return [
    el("div", { className: "done-mark", "aria-hidden": "true", text: "✓" }),
    el("h1", { className: "center", text: t("phone.dots_thanks_title") }),
    el("p", { className: "lead center", text: t("phone.dots_thanks") }),
    el("p", { className: "note center", text: t("phone.dots_change_note") }),
    el("div", { className: "nav" }, button(t("phone.dots_change"), function () {
      dotVote.changing = true;
      rerender();
    })),
  ];
}

function sendDots(current, error, rerender) {
  if (dotVote.sending) return;
  const who = voter();
  const list = [];
  Object.keys(current.placed).forEach(function (id) {
    for (let i = 0; i < current.placed[id]; i += 1) list.push(Number(id));
  });
  if (!who || list.length === 0) {
    error.textContent = t("phone.dots_place_first");
    return;
  }
  dotVote.sending = true;
  request("api/dots?lang=" + encodeURIComponent(state.session.lang), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ team: who.team, function: who.fn, dots: list, device: deviceToken() }),
  }).then(function (response) {
    return response.json().catch(function () { return {}; }).then(function (data) {
      return { status: response.status, data: data };
    });
  }).then(function (result) {
    dotVote.sending = false;
    if (result.status === 200 && result.data.ok) {
      current.sent = true;
      dotVote.changing = false;
      saveDots(current);
      rerender();
      return;
    }
    if (result.data && result.data.error === "dots_action_unknown") dotVote.actions = null;
    if (result.status === 409) state.status.dots = openTeams().filter(function (id) { return id !== who.team; });
    dotVote.error = result.data && typeof result.data.message === "string" ? result.data.message : t("phone.send_failed");
    rerender();
  }).catch(function () {
    dotVote.sending = false;
    dotVote.error = t("phone.send_failed");
    rerender();
  });
}
