using System.Collections.Generic;
using OpenFlow.Protocol.Tests.Messages;
using Xunit;

namespace OpenFlow.Protocol.Tests.Interop;

/// <summary>
/// A second, independent decoder: <c>ovs-ofctl ofp-print</c> decodes, without error, every configuration message and
/// multipart our writers build for the spec vectors, except those Open vSwitch rejects by design: for those the test
/// asserts the exact error it gives (the one it gives the corpus's own messages of those kinds), so ours fare no worse.
/// </summary>
public class Ofp13OvsOfctlTests
{
    /// <summary>Samples Open vSwitch rejects by design, with the error it reports and why.</summary>
    private static readonly Dictionary<string, (string Error, string Why)> RejectedByOvs = new()
    {
        ["meter-mod"] = ("OFPBRC_BAD_LEN", "an experimenter meter band carrying data: OVS takes every band as 16 bytes (and rejects the corpus's 4-45-ofp_meter_mod.packet's experimenter band with OFPMMFC_BAD_BAND)"),
        ["experimenter-request"] = ("OFPBRC_BAD_SUBTYPE", "experimenter multipart of an unknown vendor"),
        ["experimenter-reply"] = ("OFPBRC_BAD_SUBTYPE", "experimenter multipart of an unknown vendor"),
        ["onf-flow-monitor-request"] = ("OFPBMC_BAD_TYPE", "OVS reads ONF flow monitors with the Nicira layout, so the ONF match reads as a bad one (the corpus's 4-63-onf_flow_monitor_request.packet fails likewise, with OFPBMC_BAD_LEN)"),
        ["onf-flow-monitor-reply"] = ("OFPBMC_BAD_TYPE", "OVS reads ONF flow monitors with the Nicira layout, so the ONF match reads as a bad one"),
        ["table-features-request-set"] = ("OFPTFFC_BAD_FEATURES", "a table features request that sets only some properties (OVS wants every required property)"),
    };

    public static TheoryData<string> Samples => Ofp13Samples.Names;

    [Theory]
    [MemberData(nameof(Samples))]
    public void OfpPrint_Sample_DecodesWithoutError(string name)
    {
        OvsOfctl.Require();
        string text = OvsOfctl.Print(Ofp13Samples.Get(name));
        if (RejectedByOvs.TryGetValue(name, out var rejected))
        {
            string? error = OvsOfctl.DecodeError(text);
            Assert.True(error is not null && error.Contains(rejected.Error, System.StringComparison.Ordinal), $"expected ovs-ofctl to reject {name} with {rejected.Error} ({rejected.Why}), got: {text}");
            return;
        }

        Assert.Null(OvsOfctl.DecodeError(text));
        Assert.DoesNotContain("WARN", text, System.StringComparison.Ordinal);
    }
}
