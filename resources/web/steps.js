/* The ballot: its steps (team, function, stage, statement groups of 4-5, comment) and its
 * draft, kept in localStorage so a reload or a locked phone loses nothing. */

import { KEYS, el, readStore, saveDraft, state, t, writeStore } from "./dom.js";

const GROUP_MAX = 5;

function statementGroups() {
  const groups = [];
  state.session.statements.forEach(function (statement, index) {
    const last = groups[groups.length - 1];
    if (last && last.dimension === statement.dimension && last.items.length < GROUP_MAX) {
      last.items.push(index);
    } else {
      groups.push({ dimension: statement.dimension, name: statement.dimension_name, items: [index] });
    }
  });
  return groups;
}

export function steps() {
  const list = [{ kind: "team" }, { kind: "function" }];
  if (state.session.asks_stage) list.push({ kind: "stage" });
  if (state.session.asks_statements) {
    statementGroups().forEach(function (group, index) {
      list.push({ kind: "statements", group: group, index: index });
    });
  }
  list.push({ kind: "comment" });
  return list;
}

export function promiseCard() {
  return el("section", { className: "card promise", "aria-labelledby": "promise-title" },
    el("h2", { id: "promise-title", text: t("general.promise_title") }),
    el("p", { text: t("general.promise") }));
}

function choiceList(name, items, selected, onPick) {
  const options = el("div", { className: "options" });
  items.forEach(function (item) {
    const input = el("input", { type: "radio", name: name, value: String(item.value) });
    input.checked = item.value === selected;
    const label = el("label", { className: "option" + (input.checked ? " is-picked" : "") }, input, item.content);
    input.addEventListener("change", function () {
      options.querySelectorAll(".option").forEach(function (o) { o.classList.remove("is-picked"); });
      label.classList.add("is-picked");
      onPick(item.value);
      clearError();
    });
    options.appendChild(label);
  });
  return options;
}

export function teamStep() {
  const items = state.session.teams.map(function (team) {
    return { value: team.id, content: el("span", { className: "option-name", text: team.name }) };
  });
  return [
    el("h1", { id: "q-team", text: t("general.choose_team") }),
    promiseCard(),
    el("fieldset", { "aria-labelledby": "q-team" },
      choiceList("team", items, state.draft.team, function (v) { state.draft.team = v; saveDraft(); })),
  ];
}

export function functionStep() {
  const items = state.session.functions.map(function (fn) {
    return { value: fn.key, content: el("span", { className: "option-name", text: fn.name }) };
  });
  return [
    el("h1", { id: "q-function", text: t("general.choose_function") }),
    el("fieldset", { "aria-labelledby": "q-function" },
      choiceList("function", items, state.draft.fn, function (v) { state.draft.fn = v; saveDraft(); })),
  ];
}

export function stageStep() {
  const items = state.session.stages.map(function (stage) {
    return {
      value: stage.number,
      content: el("span", { className: "option-text" },
        el("span", { className: "option-name" },
          t("phone.stage_number", { number: stage.number }) + " · " + stage.name + " ",
          el("span", { className: "option-formal", text: "(" + stage.formal + ")" })),
        el("span", { className: "option-summary", text: stage.summary })),
    };
  });
  return [
    el("h1", { id: "q-stage", text: t("general.stage_question") }),
    el("p", { className: "note", id: "q-stage-hint", text: t("phone.stage_hint") }),
    el("fieldset", { "aria-labelledby": "q-stage", "aria-describedby": "q-stage-hint" },
      choiceList("stage", items, state.draft.stage, function (v) { state.draft.stage = v; saveDraft(); })),
  ];
}

export function answeredCount() {
  return state.draft.answers.filter(function (a) { return a !== null; }).length;
}

export function statementStep(step) {
  const group = step.group;
  const first = group.items[0] + 1;
  const lastNumber = group.items[group.items.length - 1] + 1;
  const count = el("p", { className: "note", id: "answered-count", "aria-live": "polite",
    text: t("phone.answered", { count: answeredCount(), total: state.session.statement_count }) });
  const nodes = [
    el("p", { className: "progress-line" },
      el("span", { text: t("phone.statements_progress", { first: first, last: lastNumber, total: state.session.statement_count }) })),
    el("h1", { text: group.name }),
  ];
  if (step.index === 0) nodes.push(el("p", { text: t("general.statements_intro") }));
  nodes.push(el("p", { className: "note", text: t("phone.skip_hint") }));
  group.items.forEach(function (index) {
    nodes.push(statementField(index, count));
  });
  nodes.push(count);
  return nodes;
}

function statementField(index, count) {
  const statement = state.session.statements[index];
  const legendId = "legend-" + statement.key;
  const picked = el("span", { className: "picked-label" });
  const clear = el("button", { type: "button", className: "link-button", text: t("phone.clear_answer") });
  const scale = el("div", { className: "scale" });
  const inputs = [];

  function update() {
    const value = state.draft.answers[index];
    inputs.forEach(function (input) {
      input.checked = Number(input.value) === value;
      input.parentNode.classList.toggle("is-picked", input.checked);
    });
    picked.textContent = value === null ? t("general.no_answer") : t("phone.your_answer", { label: state.session.scale[value - 1] });
    picked.classList.toggle("has-answer", value !== null);
    clear.hidden = value === null;
    count.textContent = t("phone.answered", { count: answeredCount(), total: state.session.statement_count });
  }

  state.session.scale.forEach(function (label, i) {
    const input = el("input", { type: "radio", name: statement.key, value: String(i + 1) });
    input.addEventListener("change", function () {
      state.draft.answers[index] = i + 1;
      saveDraft();
      update();
    });
    inputs.push(input);
    scale.appendChild(el("label", { className: "pick" }, input,
      el("span", { "aria-hidden": "true", text: String(i + 1) }),
      el("span", { className: "sr-only", text: String(i + 1) + ": " + label })));
  });
  clear.addEventListener("click", function () {
    state.draft.answers[index] = null;
    saveDraft();
    update();
    if (inputs[0]) inputs[0].focus();
  });
  const field = el("fieldset", { className: "statement", "aria-labelledby": legendId },
    el("legend", { id: legendId },
      el("span", { className: "statement-number", text: statement.number + "." }), statement.text),
    scale,
    el("p", { className: "scale-ends", "aria-hidden": "true" },
      el("span", { text: state.session.scale[0] }), el("span", { text: state.session.scale[4] })),
    el("p", { className: "picked-line" }, picked, clear));
  update();
  return field;
}

export function commentStep() {
  const counter = el("p", { className: "counter", id: "comment-count" });
  const area = el("textarea", { id: "comment", maxlength: state.session.comment_max, rows: 5,
    "aria-describedby": "comment-hint comment-count" });
  area.value = state.draft.comment;
  function count() {
    counter.textContent = t("phone.comment_count", { count: area.value.length, max: state.session.comment_max });
  }
  area.addEventListener("input", function () {
    state.draft.comment = area.value.slice(0, state.session.comment_max);
    saveDraft();
    count();
  });
  count();
  return [
    el("h1", { text: t("phone.comment_title") }),
    el("label", { className: "field-label", for: "comment", text: t("general.comment_label") }),
    el("p", { className: "note", id: "comment-hint", text: t("phone.comment_hint") }),
    area,
    counter,
    el("p", { className: "note", text: t("phone.change_note") }),
  ];
}

export function clearError() {
  const error = document.getElementById("step-error");
  if (error) error.textContent = "";
}

// --- the draft: kept in localStorage until it is sent ---------------------------------

export function deviceToken() {
  let token = readStore(KEYS.device);
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{16,64}$/.test(token)) {
    const bytes = new Uint8Array(24);
    window.crypto.getRandomValues(bytes);
    token = btoa(String.fromCharCode.apply(null, bytes))
      .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    writeStore(KEYS.device, token);
  }
  return token;
}

export function emptyDraft() {
  return { team: null, fn: null, stage: null, answers: new Array(20).fill(null), comment: "", step: 0 };
}

export function loadDraft(key) {
  const saved = readStore(key || KEYS.draft);
  const fresh = emptyDraft();
  if (!saved || typeof saved !== "object") {
    return fresh;
  }
  const teamIds = state.session.teams.map(function (team) { return team.id; });
  const fnKeys = state.session.functions.map(function (f) { return f.key; });
  if (teamIds.indexOf(saved.team) >= 0) fresh.team = saved.team;
  if (fnKeys.indexOf(saved.fn) >= 0) fresh.fn = saved.fn;
  if ([1, 2, 3, 4].indexOf(saved.stage) >= 0) fresh.stage = saved.stage;
  if (Array.isArray(saved.answers) && saved.answers.length === 20) {
    fresh.answers = saved.answers.map(function (a) {
      return [1, 2, 3, 4, 5].indexOf(a) >= 0 ? a : null;
    });
  }
  if (typeof saved.comment === "string") fresh.comment = saved.comment.slice(0, state.session.comment_max);
  if (Number.isInteger(saved.step)) fresh.step = Math.max(0, Math.min(saved.step, steps().length - 1));
  return fresh;
}

export function hasDraft() {
  return state.draft.team !== null || state.draft.fn !== null || state.draft.stage !== null ||
    state.draft.comment !== "" || state.draft.answers.some(function (a) { return a !== null; });
}
