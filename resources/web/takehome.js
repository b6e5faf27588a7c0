/* Take home: what the room saw of this phone's team on the projector (only what the reveal
 * showed; a group too small to show stays hidden), and once the facilitator shares it, the
 * team's plan with a calendar file and the handout page. The team comes from this phone's
 * own memory of its ballot; nothing is sent but the team's number.
 */

import { BASE, KEYS, button, el, readStore, request, state, t } from "./dom.js";

const homeView = { open: false, loading: false, data: null, failed: false };

function homeTeam() {
  const who = readStore(KEYS.who) || readStore(KEYS.sent);
  if (!who || !state.session) return null;
  return state.session.teams.some(function (item) { return item.id === who.team; }) ? who.team : null;
}

function homeLoad(rerender) {
  const id = homeTeam();
  if (id === null || homeView.loading) return;
  homeView.loading = true;
  request("api/room?team=" + encodeURIComponent(id) + "&lang=" + encodeURIComponent(state.session.lang))
    .then(function (response) {
      if (!response.ok) throw new Error("refused");
      return response.json();
    })
    .then(function (data) {
      homeView.loading = false;
      homeView.failed = false;
      homeView.data = data;
      rerender();
    })
    .catch(function () {
      homeView.loading = false;
      homeView.failed = true;
      rerender();
    });
}

function homeStagesPart(stages) {
  const rows = stages.groups.map(function (group) {
    if (!group.counts) {
      return el("li", { className: "home-group" }, el("strong", { text: group.function }),
        el("span", { className: "note", text: " " + group.note }));
    }
    const total = group.counts.reduce(function (sum, n) { return sum + n; }, 0);
    const parts = group.counts.map(function (count, index) {
      const share = total ? Math.round((100 * count) / total) : 0;
      return el("li", {}, stages.labels[index] + ": " + count + " (" + share + "%)");
    });
    return el("li", { className: "home-group" }, el("strong", { text: group.function }),
      el("ul", { className: "home-counts" }, ...parts));
  });
  return [
    el("h3", { text: t("phone.home_stages") }),
    el("ul", { className: "home-list" }, ...rows),
    stages.gap ? el("p", { className: "note", text: stages.gap }) : null,
  ];
}

function homeScoresPart(scores) {
  return [
    el("h3", { text: t("phone.home_scores") }),
    el("ul", { className: "home-list" }, ...scores.map(function (item) {
      const text = item.score === null ? item.note : t("phone.home_score", { score: item.score, stage: item.reading });
      return el("li", {}, el("strong", { text: item.function + ": " }), text);
    })),
  ];
}

function homeGapsPart(gaps) {
  return [
    el("h3", { text: t("phone.home_gaps") }),
    el("ol", { className: "home-list" }, ...gaps.map(function (gap) {
      const means = gap.means.map(function (m) { return m.function + " " + (m.mean === null ? "–" : m.mean); });
      return el("li", {}, el("span", { text: gap.statement }), el("span", { className: "note", text: " (" + means.join(" · ") + ")" }));
    })),
  ];
}

function homePlanPart(plan, id) {
  const actions = plan.actions.map(function (action) {
    const facts = [];
    if (action.owner) facts.push(t("phone.home_owner", { owner: action.owner }));
    if (action.due) facts.push(t("phone.home_due", { due: action.due }));
    if (action.measure) facts.push(t("phone.home_measure", { measure: action.measure }));
    return el("li", { className: "home-action" }, el("strong", { text: action.title }),
      facts.length ? el("span", { className: "note", text: " " + facts.join(" · ") }) : null);
  });
  const links = el("div", { className: "nav home-links" });
  if (plan.calendar) {
    links.appendChild(el("a", { className: "button", id: "home-calendar", href: BASE + "plan.ics?team=" + id,
      download: "plan.ics", text: t("phone.home_calendar") }));
  }
  links.appendChild(el("a", { className: "button", id: "home-handout", href: BASE + "handout.pdf?team=" + id,
    download: "plan.pdf", text: t("phone.home_handout") }));
  return [
    el("h3", { text: t("phone.home_plan") }),
    plan.agreed ? el("p", {}, t("phone.home_agreed", { stage: plan.agreed })) : null,
    plan.target ? el("p", {}, t("phone.home_target", { stage: plan.target })) : null,
    actions.length ? el("ul", { className: "home-list" }, ...actions) : el("p", { className: "note", text: t("phone.home_no_actions") }),
    links,
  ];
}

/* The card on the phone's resting screens (thanks, closed, waiting); null without a team. */
export function takeHomeCard(rerender) {
  const id = homeTeam();
  if (id === null) return null;
  if (!homeView.open) {
    return el("section", { className: "card home", id: "home" },
      el("h2", { text: t("phone.home_title") }),
      el("p", { className: "note", text: t("phone.home_intro") }),
      button(t("phone.home_show"), function () { homeView.open = true; homeLoad(rerender); rerender(); }));
  }
  const nodes = [el("h2", { text: t("phone.home_title") })];
  const data = homeView.data;
  if (homeView.failed) nodes.push(el("p", { className: "error", role: "alert", text: t("phone.send_failed") }));
  if (!data) {
    nodes.push(el("p", { className: "lead", text: "…" }));
  } else {
    nodes.push(el("p", { className: "note", text: data.team }));
    if (!data.stages && !data.scores && !data.gaps && !data.plan) {
      nodes.push(el("p", { id: "home-nothing", text: t("phone.home_nothing") }));
    }
    if (data.stages) nodes.push(...homeStagesPart(data.stages));
    if (data.scores) nodes.push(...homeScoresPart(data.scores));
    if (data.gaps && data.gaps.length) nodes.push(...homeGapsPart(data.gaps));
    if (data.plan) nodes.push(...homePlanPart(data.plan, id));
  }
  nodes.push(el("div", { className: "nav" }, button(t("phone.home_refresh"), function () { homeLoad(rerender); }),
    button(t("phone.home_hide"), function () { homeView.open = false; rerender(); })));
  return el("section", { className: "card home", id: "home", "aria-live": "polite" }, ...nodes);
}
