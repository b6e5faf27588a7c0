/* Shared by the page's modules: state, storage, texts and element building.
 * Every text goes into the page through textContent or text nodes, never innerHTML.
 */

export const BASE = location.pathname.replace(/[^/]*$/, ""); // "/j/<token>/"
const TOKEN = BASE.split("/")[2] || "";
export const KEYS = {
  device: "msw.device",
  lang: "msw.lang",
  draft: "msw.draft." + TOKEN,
  done: "msw.done." + TOKEN,
  sent: "msw.sent." + TOKEN, // the answers last sent, so "Change my vote" starts from them
  who: "msw.who." + TOKEN, // the team and function this phone voted with (for the dot vote)
  dots: "msw.dots." + TOKEN, // the dots being placed on the team's actions
};

/* session: GET api/session; draft: the ballot being filled in; status: the round. */
export const state = { session: null, draft: null, status: { round: null, open: false } };

/* A request to this server (relative to the page), given up after 10 s. */
export function request(path, options) {
  const controller = new AbortController();
  const timer = setTimeout(function () { controller.abort(); }, 10000);
  const settings = Object.assign({ cache: "no-store", credentials: "omit", signal: controller.signal }, options || {});
  return fetch(BASE + path, settings).finally(function () { clearTimeout(timer); });
}

export function saveDraft() {
  writeStore(KEYS.draft, state.draft);
}

export function readStore(key) {
  try {
    const text = window.localStorage.getItem(key);
    return text === null ? null : JSON.parse(text);
  } catch (error) {
    return null;
  }
}

export function writeStore(key, value) {
  try {
    if (value === null) {
      window.localStorage.removeItem(key);
    } else {
      window.localStorage.setItem(key, JSON.stringify(value));
    }
  } catch (error) {
    /* private mode or full storage: the page still works, only without recovery */
  }
}

/* The UI string "key" in the page language, with {placeholders} filled in. */
export function t(key, params) {
  let text = state.session && state.session.strings[key];
  if (typeof text !== "string") return key;
  Object.keys(params || {}).forEach(function (name) {
    text = text.split("{" + name + "}").join(String(params[name]));
  });
  return text;
}

/* el("p", {className: "x", id: "y"}, "text", child, ...): attributes and textContent only. */
export function el(tag, attrs) {
  const node = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (name) {
    const value = attrs[name];
    if (value === null || value === undefined || value === false) return;
    if (name === "className") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.slice(0, 2) === "on") node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  });
  for (let i = 2; i < arguments.length; i += 1) {
    const child = arguments[i];
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

export function button(label, onclick, className) {
  return el("button", { type: "button", className: className || "button", onclick: onclick, text: label });
}

