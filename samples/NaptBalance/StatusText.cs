using System.Globalization;
using OpenFlow.Balancing;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>Small pieces of the status lines that every mode prints alike.</summary>
internal static class StatusText
{
    /// <summary>The smoothed probe response time (<c>1.2ms</c>), or <c>-</c> before the first answer.</summary>
    public static string ResponseTime(Backend backend) =>
        double.IsNaN(backend.SmoothedResponseMs) ? "-" : backend.SmoothedResponseMs.ToString("F1", CultureInfo.InvariantCulture) + "ms";
}
