// The programme dashboard: sign in, load what the services know, then follow the metrics stream.

import { beginOidcSignIn, completeOidcSignIn, currentSession, listPersonas, signInAsPersona, signOut, type Session } from "./auth.js";
import { createClients, type Clients } from "./clients.js";
import { loadConfig, type DashboardConfig } from "./config.js";
import { h } from "./dom.js";
import { language, setLanguage, t, type Language } from "./i18n.js";
import { follow, type ConnectionState } from "./live.js";
import { emptyModel, loadIndicators, loadPanels, reloadIndicator, type Model } from "./model.js";
import { connectionBadge, dashboard } from "./view.js";

// Changes arrive in bursts (one event moves several indicators): gather them for this long.
const gatherMs = 150;

const app = document.getElementById("app")!;
let config: DashboardConfig;
let model: Model = emptyModel();
let connection: ConnectionState = "connecting";
let stopFollowing: AbortController | null = null;

function render(session: Session | null): void {
  document.title = t().title;
  document.documentElement.lang = language();
  const header = h(
    "header",
    {},
    h("div", { class: "titles" }, h("h1", {}, t().title), h("p", { class: "subtitle" }, t().subtitle)),
    h("div", { class: "controls" }, languageSwitch(session), session ? connectionBadge(connection) : null, session ? signedIn(session) : null),
  );
  app.replaceChildren(header, h("main", {}, session ? dashboard(model) : signInPanel()));
}

function languageSwitch(session: Session | null): HTMLElement {
  const group = h("div", { class: "language", role: "group", "aria-label": t().language });
  for (const [code, label] of [["en", "English"], ["bg", "Български"]] as [Language, string][]) {
    const button = h("button", { type: "button", lang: code, "data-language": code, "aria-pressed": String(language() === code) }, label);
    button.addEventListener("click", () => {
      setLanguage(code);
      render(session);
    });
    group.append(button);
  }
  return group;
}

function signedIn(session: Session): HTMLElement {
  const button = h("button", { type: "button", id: "sign-out" }, t().signOut);
  button.addEventListener("click", () => {
    stopFollowing?.abort();
    signOut();
    model = emptyModel();
    render(null);
    void showSignIn();
  });
  return h("div", { class: "who" }, h("span", {}, `${t().signedInAs} `, h("strong", { "data-role": "who" }, session.who)), button);
}

let personas: { name: string; description: string }[] = [];

function signInPanel(): HTMLElement {
  const panel = h("section", { class: "panel sign-in", id: "sign-in" }, h("h2", {}, t().signIn));
  if (config.developmentSignIn) {
    const list = h("ul", { class: "personas", "aria-label": t().signInAs });
    for (const persona of personas) {
      const button = h("button", { type: "button", "data-persona": persona.name }, h("strong", {}, persona.name), h("span", {}, persona.description));
      button.addEventListener("click", async () => start(await signInAsPersona(persona.name)));
      list.append(h("li", {}, button));
    }
    panel.append(h("p", {}, t().signInAs), list);
  }
  if (config.oidc) {
    const oidc = config.oidc;
    const button = h("button", { type: "button", id: "sign-in-oidc" }, t().signInAgency);
    button.addEventListener("click", () => void beginOidcSignIn(oidc));
    panel.append(button);
  }
  if (!config.developmentSignIn && !config.oidc) {
    panel.append(h("p", {}, t().noSignIn));
  }
  return panel;
}

async function showSignIn(): Promise<void> {
  personas = config.developmentSignIn ? await listPersonas() : [];
  render(null);
}

let pendingIndicators = new Set<string>();
let gathering: ReturnType<typeof setTimeout> | null = null;

function gather(clients: Clients, session: Session, indicatorId: string | null): void {
  if (indicatorId) pendingIndicators.add(indicatorId);
  if (gathering) return;
  gathering = setTimeout(async () => {
    gathering = null;
    const ids = [...pendingIndicators];
    pendingIndicators = new Set();
    await Promise.all([
      ...ids.map((id) => reloadIndicator(clients, model, id).catch(() => undefined)),
      loadPanels(clients, model),
    ]);
    model.updatedAt = new Date();
    render(session);
  }, gatherMs);
}

async function start(session: Session): Promise<void> {
  const clients = createClients(config, session.token);
  model = emptyModel();
  connection = "connecting";
  render(session);
  stopFollowing?.abort();
  stopFollowing = new AbortController();
  void follow(
    clients,
    {
      state: (state) => {
        connection = state;
        render(session);
      },
      snapshot: async () => {
        await Promise.all([loadIndicators(clients, model).catch(() => undefined), loadPanels(clients, model)]);
        model.updatedAt = new Date();
        render(session);
      },
      change: (change) => gather(clients, session, change.indicatorId),
      unauthenticated: () => {
        signOut();
        void showSignIn();
      },
    },
    stopFollowing.signal,
  );
}

async function main(): Promise<void> {
  setLanguage(language());
  config = await loadConfig();
  const returning = config.oidc ? await completeOidcSignIn(config.oidc) : null;
  const session = returning ?? currentSession();
  if (session) {
    await start(session);
  } else {
    await showSignIn();
  }
}

void main();
