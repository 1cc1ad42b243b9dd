using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace EcFunctions.Tests.Integration.Browser;

/// <summary>An axe-core scan of a page as it stands (WCAG 2.1 A and AA rules).</summary>
public static class Accessibility
{
    /// <summary>Fails on any serious or critical violation, naming each with where it is.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var results = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        var serious = results.Violations
            .Where(violation => violation.Impact is "serious" or "critical")
            .Select(violation => $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Take(3).Select(node => node.Target))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, serious)}");
        Assert.NotEmpty(results.Passes);
    }
}
