using Microsoft.Playwright;

namespace Cooperation.AppHost.Tests.Dashboard;

/// <summary>
/// Debian's Chromium (apt package <c>chromium</c>) driven by Playwright, headless. The machine's
/// network is closed, so everything Chromium would fetch by itself is turned off; as root it runs
/// only without its sandbox.
/// </summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly TimeSpan LaunchTimeout = TimeSpan.FromSeconds(60);

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        File.Exists(ExecutablePath)
            ? playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Timeout = (float)LaunchTimeout.TotalMilliseconds,
                Args =
                [
                    "--no-sandbox",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-default-apps",
                    "--no-first-run",
                    "--disable-dev-shm-usage",
                ],
            })
            : throw new InvalidOperationException($"No Chromium at {ExecutablePath}: apt-get install -y chromium (.ci/run does).");
}
