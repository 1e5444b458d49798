using Karmada.Orleans.MemberSim.Faults;

namespace Karmada.Orleans.MemberSim.Tests;

public sealed class ClusterFaultTests
{
    [Theory]
    [InlineData("none", FaultMode.None, 5000, 503)]
    [InlineData("unreachable", FaultMode.Unreachable, 5000, 503)]
    [InlineData("slow=250ms", FaultMode.Slow, 250, 503)]
    [InlineData("slow", FaultMode.Slow, 5000, 503)]
    [InlineData("error=500", FaultMode.Error, 5000, 500)]
    [InlineData("Error", FaultMode.Error, 5000, 503)]
    public void Parses_the_command_line_form(string text, FaultMode mode, int delayMs, int code)
    {
        var fault = ClusterFault.Parse(text);

        Assert.Equal((mode, TimeSpan.FromMilliseconds(delayMs), code), (fault.Mode, fault.Delay, fault.StatusCode));
    }

    [Theory]
    [InlineData("explode", "unknown fault \"explode\"")]
    [InlineData("error=200", "error code must be 400-599")]
    [InlineData("slow=soon", "invalid duration \"soon\"")]
    public void Rejects_unknown_forms_with_a_clear_message(string text, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => ClusterFault.Parse(text)).Message, StringComparison.Ordinal);
}
