namespace Karmada.Orleans.Dashboard.Tests.Browser;

/// <summary>A fact that needs headless Chromium with playwright-core; reported as skipped, with the reason, when they are missing.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (BrowserTools.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
