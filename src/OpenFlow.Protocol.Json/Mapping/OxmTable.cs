using System;
using System.Collections.Generic;
using System.Globalization;
using OpenFlow.Protocol.Match;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// The OXM/NXM fields Ryu (os-ken <c>ofproto_v1_3.oxm_types</c> and <c>nicira_ext.oxm_types</c>) knows, by name and by
/// wire identity: the codec's <see cref="NxmFieldInfo"/> table less the few fields os-ken has no name for (it prints
/// those as <c>field_N</c>).
/// </summary>
internal static class OxmTable
{
    public const ushort BasicClass = 0x8000;
    public const ushort ExperimenterClass = 0xffff;
    public const uint OnfExperimenter = OxmFieldKey.OnfExperimenterId;

    // Open vSwitch's conntrack tuple fields: in the codec's table, not in os-ken's.
    private static readonly HashSet<string> NotNamedByRyu = new(StringComparer.Ordinal)
    {
        "ct_nw_proto", "ct_nw_src", "ct_nw_dst", "ct_ipv6_src", "ct_ipv6_dst", "ct_tp_src", "ct_tp_dst",
    };

    private static readonly OxmEntry[] Entries = Build();
    private static readonly Dictionary<string, OxmEntry> ByName = IndexByName();

    /// <summary>Finds a field by Ryu name; <c>field_N</c> names an unknown non-experimenter field by its (class &lt;&lt; 7 | field) number.</summary>
    public static OxmEntry? Find(string name)
    {
        if (ByName.TryGetValue(name, out OxmEntry? entry))
        {
            return entry;
        }

        if (name.StartsWith("field_", StringComparison.Ordinal)
            && uint.TryParse(name.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out uint number)
            && number <= 0x7fffff && (number >> 7) != ExperimenterClass)
        {
            return Unknown((ushort)(number >> 7), (byte)(number & 0x7f));
        }

        return null;
    }

    /// <summary>Finds a field by wire identity; for ONF EXT-256 fields, <paramref name="expType"/> is the 16 bits after the experimenter id.</summary>
    public static OxmEntry? Find(ushort oxmClass, byte field, uint experimenter, ushort expType)
    {
        foreach (OxmEntry e in Entries)
        {
            if (e.OxmClass != oxmClass)
            {
                continue;
            }

            if (oxmClass != ExperimenterClass)
            {
                if (e.Field == field)
                {
                    return e;
                }
            }
            else if (e.Experimenter == experimenter)
            {
                if (experimenter == OnfExperimenter && field == 0)
                {
                    if (e.ExpType == expType)
                    {
                        return e;
                    }
                }
                else if (e.ExpType is null && e.Field == field)
                {
                    return e;
                }
            }
        }

        return null;
    }

    /// <summary>Ryu's <c>field_N</c> entry for a non-experimenter field it has no name for.</summary>
    public static OxmEntry Unknown(ushort oxmClass, byte field) =>
        new("field_" + ((oxmClass << 7) | field).ToString(CultureInfo.InvariantCulture), oxmClass, field, 0, null, OxmValueKind.Opaque, 0);

    private static Dictionary<string, OxmEntry> IndexByName()
    {
        var index = new Dictionary<string, OxmEntry>(StringComparer.Ordinal);
        foreach (OxmEntry e in Entries)
        {
            index[e.Name] = e;
        }

        return index;
    }

    private static OxmEntry[] Build()
    {
        var list = new List<OxmEntry>();
        foreach (OxmFieldDescription d in NxmFieldInfo.All)
        {
            if (!NotNamedByRyu.Contains(d.Name))
            {
                list.Add(new OxmEntry(d.Name, (ushort)d.Key.Class, d.Key.Field, d.Key.ExperimenterId, d.ExperimenterType == 0 ? null : d.ExperimenterType, d.Kind, d.ValueLength));
            }
        }

        return list.ToArray();
    }
}
