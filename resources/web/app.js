/* The participant page: team -> function -> stage and/or statements -> comment -> send;
 * then, when the facilitator opens it, the dot vote on the team's actions (dots.js).
 *
 * Plain JavaScript modules, no framework, no external requests. Every text from the server
 * goes into the page through textContent (never innerHTML). Answers are kept in localStorage
 * so a reload or a locked phone loses nothing; they are cleared after a successful send.
 */

import { KEYS, button, el, readStore, request, saveDraft, state, t, writeStore } from "./dom.js";
import { rememberVoter, renderDots, wantsDots } from "./dots.js";
import { takeHomeCard } from "./takehome.js";
import {
  answeredCount, commentStep, deviceToken, emptyDraft, functionStep, hasDraft, loadDraft,
  promiseCard, stageStep, statementStep, steps, teamStep,
} from "./steps.js";
import { updateComments } from "./comment_loader.js";

// Status polling interval; tests may shorten it with ?poll=<ms> (never below 250 ms).
const POLL_MS = Math.max(250, Number(new URLSearchParams(location.search).get("poll")) || 2000);

const app = document.getElementById("app");
const banner = document.getElementById("banner");
const brand = document.getElementById("brand");
const langButton = document.getElementById("lang-switch");

let lang = readStore(KEYS.lang);
let view = "loading"; // loading | offline | waiting | closed | ballot | done | dots
let connected = true;
let sending = false;
let lastOpenRound = null;

// --- rendering ------------------------------------------------------------------------

function show(nodes, focusHeading) {
  app.replaceChildren.apply(app, nodes.filter(function (node) { return node; }));
  if (focusHeading) {
    const heading = app.querySelector("h1");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
  }
}

function render(focus) {
  document.documentElement.lang = state.session ? state.session.lang : "en";
  if (state.session) {
    document.title = t("phone.title") + " · " + state.session.title;
    brand.textContent = t("general.app_name");
    langButton.hidden = false;
    langButton.textContent = t("phone.switch_to");
    langButton.setAttribute("aria-label", t("phone.switch_to_label"));
    langButton.setAttribute("lang", otherLanguage());
  }
  renderBanner();
  if (view === "loading") show([el("p", { className: "lead", text: "…" })], false);
  else if (view === "offline") renderOffline(focus);
  else if (view === "waiting") renderWaiting(focus);
  else if (view === "closed") renderClosed(focus);
  else if (view === "done") renderDone(focus);
  else if (view === "dots") renderDots(show, focus, function () { render(false); });
  else renderStep(focus);
}

/* Draw the view again without moving the focus (the take-home card's updates). */
function rerenderQuietly() {
  render(false);
}

function renderBanner() {
  let text = "";
  let open = false;
  if (!connected && state.session) text = t("phone.offline_banner");
  else if (view === "ballot" && !state.status.open) text = t("phone.closed_banner");
  else if (view === "ballot" && state.status.open && lastOpenRound !== null && state.status.round !== lastOpenRound) {
    text = t("phone.open_banner", { round: state.status.round });
    open = true;
  }
  banner.hidden = text === "";
  banner.classList.toggle("is-open", open);
  if (banner.textContent !== text) banner.textContent = text;
}

function renderOffline(focus) {
  show([
    el("h1", { text: state.session ? t("phone.offline_title") : "…" }),
    el("p", { text: state.session ? t("phone.offline") : "" }),
    button(state.session ? t("phone.retry") : "↻", start, "button primary"),
  ], focus);
}

function renderWaiting(focus) {
  show([
    el("p", { className: "session-title", text: state.session.title }),
    el("h1", { text: t("phone.waiting_title") }),
    el("p", { className: "lead", text: t("phone.waiting") }),
    el("div", { className: "waiting-dots", "aria-hidden": "true" }, el("span"), el("span"), el("span")),
    takeHomeCard(rerenderQuietly),
    promiseCard(),
  ], focus);
}

function renderClosed(focus) {
  // Opened after the round closed: only the closed state, no questionnaire under a banner.
  show([
    el("p", { className: "session-title", text: state.session.title }),
    el("h1", { text: t("phone.closed_title") }),
    el("p", { className: "lead", text: hasDraft() ? t("phone.closed_banner") : t("phone.closed_text") }),
    takeHomeCard(rerenderQuietly),
    promiseCard(),
  ], focus);
}

function renderDone(focus) {
  const done = readStore(KEYS.done) || {};
  const nodes = [];
  if (state.status.open && state.status.round !== done.round) {
    nodes.push(
      el("h1", { text: t("phone.new_round_title") }),
      el("p", { className: "lead", text: t("phone.new_round", { round: state.status.round }) }),
      el("div", { className: "nav" }, button(t("phone.vote_now"), startNewBallot, "button primary")),
    );
  } else {
    nodes.push(
      el("div", { className: "done-mark", "aria-hidden": "true", text: "✓" }),
      el("h1", { className: "center", text: t("phone.thanks_title") }),
      el("p", { className: "lead center", text: t("phone.thanks_round", { round: done.round }) }),
    );
    if (state.status.open) {
      nodes.push(
        el("p", { className: "note center", text: t("phone.change_note") }),
        el("div", { className: "nav" }, button(t("phone.vote_again"), startNewBallot)),
      );
    } else {
      nodes.push(el("p", { className: "note center", text: t("phone.round_closed_done") }));
    }
    nodes.push(takeHomeCard(rerenderQuietly));
  }
  show(nodes, focus);
}

function renderStep(focus) {
  const list = steps();
  const step = list[state.draft.step];
  const header = [
    el("p", { className: "session-title", text: state.session.title }),
    el("p", { className: "progress-line" },
      el("span", { text: t("phone.step", { current: state.draft.step + 1, total: list.length }) })),
    el("progress", { max: list.length, value: state.draft.step + 1, "aria-hidden": "true" }),
  ];
  const error = el("p", { className: "error", id: "step-error", role: "alert" });
  let body;
  if (step.kind === "team") body = teamStep();
  else if (step.kind === "function") body = functionStep();
  else if (step.kind === "stage") body = stageStep();
  else if (step.kind === "statements") body = statementStep(step);
  else body = commentStep();
  const last = state.draft.step === list.length - 1;
  const nav = el("div", { className: "nav" },
    state.draft.step > 0 ? button(t("phone.back"), goBack) : null,
    last ? sendButton(error) : button(t("phone.next"), function () { goNext(error); }, "button primary"));
  const extra = [];
  if (step.kind === "statements" && state.session.asks_stage) {
    extra.push(button(t("phone.skip_statements"), skipStatements, "link-button skip"));
  }
  show(header.concat(body, [error, nav], extra), focus);
}

function sendButton(error) {
  const blocked = !state.status.open || sending;
  return el("button", { type: "button", className: "button primary", id: "send",
    "aria-disabled": blocked ? "true" : "false",
    onclick: function () { send(error); },
    text: sending ? t("phone.sending") : t("general.submit") });
}

// --- navigation -----------------------------------------------------------------------

function stepProblem() {
  const step = steps()[state.draft.step];
  if (step.kind === "team" && state.draft.team === null) return t("phone.choose_team_first");
  if (step.kind === "function" && state.draft.fn === null) return t("phone.choose_function_first");
  if (step.kind === "stage" && state.draft.stage === null) return t("phone.choose_stage_first");
  return "";
}

function goNext(error) {
  const problem = stepProblem();
  if (problem) {
    error.textContent = problem;
    return;
  }
  state.draft.step = Math.min(state.draft.step + 1, steps().length - 1);
  saveDraft();
  render(true);
}

function goBack() {
  state.draft.step = Math.max(state.draft.step - 1, 0);
  saveDraft();
  render(true);
}

function skipStatements() {
  state.draft.step = steps().length - 1;
  saveDraft();
  render(true);
}

function startNewBallot() {
  writeStore(KEYS.done, null);
  // Changing the vote of this round starts from the answers sent (kept on this phone only).
  const sent = readStore(KEYS.sent);
  state.draft = sent && sent.round === state.status.round ? loadDraft(KEYS.sent) : emptyDraft();
  state.draft.step = 0;
  saveDraft();
  lastOpenRound = state.status.round;
  view = state.status.open ? "ballot" : "waiting";
  render(true);
}

// --- server ---------------------------------------------------------------------------

function firstMissing() {
  // The step the server would complain about, so the participant lands where to fix it.
  const list = steps();
  if (state.draft.team === null) return 0;
  if (state.draft.fn === null) return 1;
  if (state.session.asks_stage && state.draft.stage === null) return 2;
  return list.length - 1;
}

function send(error) {
  if (sending) return;
  if (!state.status.open) {
    error.textContent = t("phone.closed_banner");
    return;
  }
  const missing = firstMissing();
  if (missing !== steps().length - 1) {
    state.draft.step = missing;
    saveDraft();
    render(true);
    document.getElementById("step-error").textContent = stepProblem();
    return;
  }
  if (!state.session.asks_stage && answeredCount() === 0) {
    error.textContent = t("phone.answer_at_least_one");
    return;
  }
  sending = true;
  refreshSendButton();
  const body = {
    team: state.draft.team,
    function: state.draft.fn,
    stage: state.session.asks_stage ? state.draft.stage : null,
    answers: state.session.asks_statements ? state.draft.answers : null,
    comment: state.draft.comment,
    round: state.status.round,
    device: deviceToken(),
  };
  request("api/ballot?lang=" + encodeURIComponent(state.session.lang), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  }).then(function (response) {
    return response.json().catch(function () { return {}; }).then(function (data) {
      return { status: response.status, data: data };
    });
  }).then(function (result) {
    sending = false;
    if (result.status === 200 && result.data.ok) {
      writeStore(KEYS.done, { round: result.data.round });
      rememberVoter(state.draft.team, state.draft.fn);
      writeStore(KEYS.sent, Object.assign({}, state.draft, { round: result.data.round }));
      writeStore(KEYS.draft, null);
      state.draft = emptyDraft();
      view = wantsDots() ? "dots" : "done";
      render(true);
      return;
    }
    refreshSendButton();
    const message = result.data && typeof result.data.message === "string" ? result.data.message : t("phone.send_failed");
    error.textContent = message;
    if (result.status === 409) poll();
  }).catch(function () {
    sending = false;
    refreshSendButton();
    error.textContent = t("phone.send_failed");
  });
}

function refreshSendButton() {
  const current = document.getElementById("send");
  if (current) {
    current.setAttribute("aria-disabled", !state.status.open || sending ? "true" : "false");
    current.textContent = sending ? t("phone.sending") : t("general.submit");
  }
}

// The views a dot vote may take over: the phone is not in the middle of a ballot.
const RESTING = ["waiting", "closed", "done"];

function dotsKey(status) {
  return Array.isArray(status.dots) ? status.dots.join(",") : "";
}

function applyStatus(next) {
  const changed = next.round !== state.status.round || next.open !== state.status.open ||
    dotsKey(next) !== dotsKey(state.status);
  state.status = { round: next.round, open: next.open, dots: Array.isArray(next.dots) ? next.dots : [] };
  if (!changed) return;
  if (RESTING.indexOf(view) >= 0 && wantsDots()) {
    view = "dots";
    render(true);
    return;
  }
  if (view === "dots") {
    if (!wantsDots() && state.status.open && (readStore(KEYS.done) || {}).round !== state.status.round) {
      view = "ballot"; // a new round opened after the dot vote: the ballot again
      lastOpenRound = state.status.round;
      render(true);
    } else {
      render(false);
    }
    return;
  }
  if ((view === "waiting" || view === "closed") && state.status.open) {
    view = "ballot";
    lastOpenRound = state.status.round;
    render(true);
    return;
  }
  if (view === "done") {
    render(false);
    return;
  }
  renderBanner();
  refreshSendButton();
}

function poll() {
  return request("api/status").then(function (response) {
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  }).then(function (data) {
    if (!connected) {
      connected = true;
      renderBanner();
    }
    applyStatus(data);
    updateComments(data);
  }).catch(function () {
    if (connected) {
      connected = false;
      renderBanner();
    }
  });
}

function otherLanguage() {
  const others = state.session.languages.filter(function (code) { return code !== state.session.lang; });
  return others[0] || state.session.lang;
}

function loadSession(code) {
  const query = code ? "?lang=" + encodeURIComponent(code) : "";
  return request("api/session" + query).then(function (response) {
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  });
}

function inlineSession() {
  // The server sends the session data inside the page (one response on slow Wi-Fi).
  const block = document.getElementById("msw-session");
  if (!block) return null;
  block.remove(); // used once: a retry or a language switch asks the server again
  try {
    return JSON.parse(block.textContent);
  } catch (error) {
    return null;
  }
}

function start() {
  const inline = inlineSession();
  const ready = inline && (!lang || lang === inline.lang) ? Promise.resolve(inline) : loadSession(lang);
  ready.then(function (data) {
    state.session = data;
    lang = data.lang;
    connected = true;
    state.status = data.round;
    state.draft = loadDraft();
    const done = readStore(KEYS.done);
    if (done && done.round === state.status.round && !hasDraft()) view = "done";
    else if (state.status.open) view = "ballot";
    else if (state.status.round !== null) view = done && done.round === state.status.round ? "done" : "closed";
    else view = done ? "done" : "waiting";
    if (RESTING.indexOf(view) >= 0 && wantsDots()) view = "dots";
    lastOpenRound = state.status.open ? state.status.round : null;
    render(false);
    updateComments(data.round);
  }).catch(function () {
    view = "offline";
    render(true);
  });
}

langButton.addEventListener("click", function () {
  const next = otherLanguage();
  loadSession(next).then(function (data) {
    state.session = data;
    lang = data.lang;
    writeStore(KEYS.lang, lang);
    render(false);
    updateComments(null);
    langButton.focus();
  }).catch(function () {
    connected = false;
    renderBanner();
  });
});

document.addEventListener("visibilitychange", function () {
  if (!document.hidden && state.session) poll();
});

window.setInterval(function () {
  if (document.hidden) return;
  if (state.session) poll();
  else if (view === "offline") start();
}, POLL_MS);

start();
