using System.Collections.Generic;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// Nicira extension actions (experimenter 0x00002320) by subtype, as os-ken's <c>nx_actions</c> registers them. A
/// subtype listed here has a class of its own in Ryu (mapped in the next issue); any other subtype is Ryu's
/// <c>NXActionUnknown</c>, which is mapped now.
/// </summary>
internal static class NxActionTable
{
    public const uint NiciraExperimenter = 0x00002320;
    public const string UnknownClass = "NXActionUnknown";

    private static readonly Dictionary<ushort, string> Classes = new()
    {
        [1] = "NXActionResubmit", [2] = "NXActionSetTunnel", [4] = "NXActionSetQueue", [5] = "NXActionPopQueue",
        [6] = "NXActionRegMove", [7] = "NXActionRegLoad", [8] = "NXActionNote", [9] = "NXActionSetTunnel64",
        [10] = "NXActionMultipath", [12] = "NXActionBundle", [13] = "NXActionBundleLoad", [14] = "NXActionResubmitTable",
        [15] = "NXActionOutputReg", [16] = "NXActionLearn", [17] = "NXActionExit", [18] = "NXActionDecTtl",
        [19] = "NXActionFinTimeout", [20] = "NXActionController", [21] = "NXActionDecTtlCntIds", [23] = "NXActionPushMpls",
        [24] = "NXActionPopMpls", [25] = "NXActionSetMplsTtl", [26] = "NXActionDecMplsTtl", [27] = "NXActionStackPush",
        [28] = "NXActionStackPop", [29] = "NXActionSample", [30] = "NXActionSetMplsLabel", [31] = "NXActionSetMplsTc",
        [32] = "NXActionOutputReg2", [33] = "NXActionRegLoad2", [34] = "NXActionConjunction", [35] = "NXActionCT",
        [36] = "NXActionNAT", [37] = "NXActionController2", [38] = "NXActionSample2", [39] = "NXActionOutputTrunc",
        [43] = "NXActionCTClear", [46] = "NXActionEncapEther", [48] = "NXActionDecNshTtl",
    };

    /// <summary>Ryu's class for a Nicira subtype, or null when Ryu treats it as <c>NXActionUnknown</c>.</summary>
    public static string? ClassOf(ushort subtype) => Classes.TryGetValue(subtype, out string? name) ? name : null;
}
