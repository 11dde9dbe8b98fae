// What the dashboard's server says about its surroundings (GET /config.json).

export interface OidcConfig {
  authority: string;
  clientId: string;
  scope: string;
}

export interface DashboardConfig {
  metricsUrl: string;
  workingGroupUrl: string;
  developmentSignIn: boolean;
  oidc: OidcConfig | null;
}

export async function loadConfig(): Promise<DashboardConfig> {
  const response = await fetch("/config.json", { cache: "no-store" });
  if (!response.ok) {
    throw new Error(`config.json answered ${response.status}`);
  }
  return (await response.json()) as DashboardConfig;
}
