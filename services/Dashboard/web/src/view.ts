// Renders the model. RAG is told three ways: colour, an icon shape and a word.

import { h } from "./dom.js";
import { sparkline } from "./chart.js";
import { formatDate, formatNumber, formatPercent, formatQuarter, formatTime, language, t } from "./i18n.js";
import { currentQuarter, type Model } from "./model.js";
import { Measure, RagStatus, type Indicator } from "./gen/cooperation/metrics/v1/indicators_pb.js";
import { SharingChannel, type SharingStatistics } from "./gen/cooperation/metrics/v1/information_sharing_pb.js";
import { QuarterState } from "./gen/cooperation/workinggroup/v1/cadence_pb.js";
import type { ConnectionState } from "./live.js";

const rag: Record<RagStatus, { key: string; icon: string; label: () => string }> = {
  [RagStatus.GREEN]: { key: "green", icon: "●", label: () => t().ragGreen },
  [RagStatus.AMBER]: { key: "amber", icon: "▲", label: () => t().ragAmber },
  [RagStatus.RED]: { key: "red", icon: "■", label: () => t().ragRed },
  [RagStatus.UNSPECIFIED]: { key: "none", icon: "○", label: () => t().ragNone },
};

export function connectionBadge(state: ConnectionState): HTMLElement {
  const text = { connecting: t().connecting, live: t().live, reconnecting: t().reconnecting, resumed: t().resumed }[state];
  return h("span", { id: "connection", class: `connection connection-${state}`, "data-state": state, role: "status", "aria-live": "polite" }, text);
}

function formatValue(indicator: Indicator, value: number): string {
  return indicator.measure === Measure.PERCENTAGE ? `${formatNumber(value)} %` : formatNumber(value);
}

function indicatorCard(model: Model, indicator: Indicator): HTMLElement {
  const status = rag[indicator.status] ?? rag[RagStatus.UNSPECIFIED];
  const name = language() === "bg" && indicator.nameBg ? indicator.nameBg : indicator.nameEn;
  const progress = Math.max(0, Math.min(1, indicator.progress));
  const history = (model.history.get(indicator.id) ?? []).map((v) => ({
    label: formatQuarter(v.quarter?.year ?? 0, v.quarter?.quarter ?? 0),
    value: v.value,
  }));
  return h(
    "article",
    { class: `indicator indicator-${status.key}`, "data-indicator": indicator.id },
    h("h3", {}, name),
    h(
      "p",
      { class: "rag", "data-role": "rag", "data-rag": status.key },
      h("span", { class: "rag-icon", "aria-hidden": "true" }, status.icon),
      " ",
      status.label(),
    ),
    h(
      "dl",
      { class: "figures" },
      h("dt", {}, t().value),
      h("dd", { "data-role": "value" }, indicator.value ? formatValue(indicator, indicator.value.value) : t().noValue),
      h("dt", {}, t().target),
      h("dd", { "data-role": "target" }, formatValue(indicator, indicator.target)),
      h("dt", {}, t().progress),
      h("dd", { "data-role": "progress" }, formatPercent(progress)),
    ),
    h(
      "div",
      { class: "progress", role: "progressbar", "aria-valuemin": "0", "aria-valuemax": "100", "aria-valuenow": String(Math.round(progress * 100)), "aria-label": t().progress },
      h("div", { class: "progress-bar", style: `width:${(progress * 100).toFixed(1)}%` }),
    ),
    h("figure", { class: "history" }, sparkline(history, indicator.target, t().history), h("figcaption", {}, t().history)),
  );
}

function unavailable(error: string): HTMLElement {
  return h("p", { class: "unavailable", title: error }, t().unavailable);
}

function cadencePanel(model: Model): HTMLElement {
  const section = h("section", { class: "panel", id: "cadence", "aria-labelledby": "cadence-title" }, h("h2", { id: "cadence-title" }, t().cadence));
  if (!model.cadence) return section;
  if (!model.cadence.ok) {
    section.append(unavailable(model.cadence.error));
    return section;
  }
  const { currentQuarter: quarter, nextDueOn } = model.cadence.value;
  const state = quarter?.state ?? QuarterState.UNSPECIFIED;
  const stateText = { [QuarterState.MET]: t().stateMet, [QuarterState.BREACHED]: t().stateBreached, [QuarterState.DUE]: t().stateDue, [QuarterState.UNSPECIFIED]: t().stateUnknown }[state];
  const stateKey = { [QuarterState.MET]: "green", [QuarterState.BREACHED]: "red", [QuarterState.DUE]: "amber", [QuarterState.UNSPECIFIED]: "none" }[state];
  section.append(
    h(
      "dl",
      { class: "figures" },
      h("dt", {}, t().currentQuarter),
      h("dd", {}, quarter ? formatQuarter(quarter.year, quarter.quarter) : "–"),
      h("dt", {}, t().meetingsHeld),
      h("dd", { "data-role": "meetings-held" }, formatNumber(quarter?.meetingsHeld ?? 0)),
      h("dt", {}, t().currentQuarter),
      h("dd", { class: `rag rag-${stateKey}`, "data-role": "cadence-state", "data-state": stateKey }, stateText),
      h("dt", {}, t().nextDue),
      h("dd", { "data-role": "next-due" }, nextDueOn ? formatDate(new Date(Date.UTC(nextDueOn.year, nextDueOn.month - 1, nextDueOn.day))) : "–"),
    ),
  );
  return section;
}

function yesNo(value: boolean, role: string): HTMLElement {
  return h("dd", { "data-role": role, class: value ? "yes" : "no" }, h("span", { "aria-hidden": "true" }, value ? "✔ " : "✘ "), value ? t().yes : t().no);
}

function publicationPanel(model: Model): HTMLElement {
  const { year, quarter } = currentQuarter();
  const section = h("section", { class: "panel", id: "publication", "aria-labelledby": "publication-title" }, h("h2", { id: "publication-title" }, `${t().publication} (${formatQuarter(year, quarter)})`));
  if (!model.publication) return section;
  if (!model.publication.ok) {
    section.append(unavailable(model.publication.error));
    return section;
  }
  const state = model.publication.value;
  section.append(
    h(
      "dl",
      { class: "figures" },
      h("dt", {}, t().approvedByBg),
      yesNo(state?.approvedByBg ?? false, "approved-bg"),
      h("dt", {}, t().approvedByUk),
      yesNo(state?.approvedByUk ?? false, "approved-uk"),
      h("dt", {}, t().published),
      yesNo(state?.published ?? false, "published"),
    ),
  );
  return section;
}

function sharingRow(label: string, stats: SharingStatistics): HTMLElement {
  return h(
    "tr",
    {},
    h("th", { scope: "row" }, label),
    h("td", {}, formatNumber(Number(stats.volume), 0)),
    h("td", {}, stats.medianHoursToAnswer === undefined ? "–" : formatNumber(stats.medianHoursToAnswer)),
    h("td", {}, stats.answeredWithinDeadlineShare === undefined ? "–" : formatPercent(stats.answeredWithinDeadlineShare)),
  );
}

function sharingPanel(model: Model): HTMLElement {
  const section = h("section", { class: "panel", id: "sharing", "aria-labelledby": "sharing-title" }, h("h2", { id: "sharing-title" }, t().sharing));
  if (!model.sharing) return section;
  if (!model.sharing.ok) {
    section.append(unavailable(model.sharing.error));
    return section;
  }
  const body = h("tbody", {});
  for (const stats of model.sharing.value.channels) {
    body.append(sharingRow(t().channels[SharingChannel[stats.channel]] ?? SharingChannel[stats.channel], stats));
  }
  if (model.sharing.value.total) {
    body.append(sharingRow(t().total, model.sharing.value.total));
  }
  section.append(
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t().channel), h("th", { scope: "col" }, t().volume), h("th", { scope: "col" }, t().medianHours), h("th", { scope: "col" }, t().withinDeadline))),
      body,
    ),
  );
  return section;
}

export function dashboard(model: Model): HTMLElement {
  const cards = h("div", { class: "indicators" });
  [...model.indicators.values()].forEach((indicator) => cards.append(indicatorCard(model, indicator)));
  return h(
    "div",
    { class: "layout" },
    h("section", { class: "panel wide", id: "indicators", "aria-labelledby": "indicators-title" }, h("h2", { id: "indicators-title" }, t().indicators), cards),
    h("div", { class: "side" }, cadencePanel(model), publicationPanel(model), sharingPanel(model)),
    model.updatedAt ? h("p", { class: "updated" }, `${t().updated}: ${formatTime(model.updatedAt)}`) : null,
  );
}
