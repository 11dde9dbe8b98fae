// Who the page calls as: a development persona minted by the dashboard's server on a local run, or
// a token from the agency's OpenID Connect provider (authorization code with PKCE) in a deployment.
// The token lives in sessionStorage: it goes when the browser tab goes.

import type { OidcConfig } from "./config.js";

export interface Session {
  token: string;
  who: string;
}

export interface Persona {
  name: string;
  description: string;
  roles: string[];
}

const sessionKey = "cooperation.dashboard.session";
const pkceKey = "cooperation.dashboard.pkce";

export function currentSession(): Session | null {
  const stored = sessionStorage.getItem(sessionKey);
  return stored ? (JSON.parse(stored) as Session) : null;
}

export function signOut(): void {
  sessionStorage.removeItem(sessionKey);
}

function keep(session: Session): Session {
  sessionStorage.setItem(sessionKey, JSON.stringify(session));
  return session;
}

export async function listPersonas(): Promise<Persona[]> {
  const response = await fetch("/dev/personas", { cache: "no-store" });
  return response.ok ? ((await response.json()) as Persona[]) : [];
}

export async function signInAsPersona(persona: string): Promise<Session> {
  const response = await fetch("/dev/token", { method: "POST", body: new URLSearchParams({ persona }) });
  if (!response.ok) {
    throw new Error(`The development sign-in answered ${response.status}`);
  }
  const { token } = (await response.json()) as { token: string };
  return keep({ token, who: persona });
}

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
}

async function discover(oidc: OidcConfig): Promise<Discovery> {
  const response = await fetch(`${oidc.authority}/.well-known/openid-configuration`);
  return (await response.json()) as Discovery;
}

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function redirectUri(): string {
  return `${location.origin}/`;
}

/** Sends the browser to the provider; it comes back to this page with ?code=…&state=…. */
export async function beginOidcSignIn(oidc: OidcConfig): Promise<void> {
  const discovery = await discover(oidc);
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64Url(crypto.getRandomValues(new Uint8Array(16)));
  const challenge = base64Url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
  sessionStorage.setItem(pkceKey, JSON.stringify({ verifier, state }));
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: oidc.clientId,
    redirect_uri: redirectUri(),
    scope: oidc.scope,
    state,
    code_challenge: challenge,
    code_challenge_method: "S256",
  }).toString();
  location.assign(url.toString());
}

/** Completes a sign-in the provider redirected back from; null when this load is not such a return. */
export async function completeOidcSignIn(oidc: OidcConfig): Promise<Session | null> {
  const query = new URLSearchParams(location.search);
  const code = query.get("code");
  const pending = sessionStorage.getItem(pkceKey);
  if (!code || !pending) {
    return null;
  }
  const { verifier, state } = JSON.parse(pending) as { verifier: string; state: string };
  sessionStorage.removeItem(pkceKey);
  history.replaceState(null, "", location.pathname);
  if (query.get("state") !== state) {
    throw new Error("The identity provider answered for another sign-in.");
  }
  const discovery = await discover(oidc);
  const response = await fetch(discovery.token_endpoint, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri(),
      client_id: oidc.clientId,
      code_verifier: verifier,
    }),
  });
  if (!response.ok) {
    throw new Error(`The identity provider refused the sign-in (${response.status}).`);
  }
  // The services validate the access token (audience "cooperation"); the id token is not sent.
  const tokens = (await response.json()) as { access_token: string };
  return keep({ token: tokens.access_token, who: oidc.clientId });
}
