using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Balancing.Switch;

/// <summary>
/// A flow's identity in a switch: table, priority and match. The match is compared as the switch keeps it, not as
/// it was written: fields in any order (switches reorder them), a masked value cut to its mask, an all-ones mask the
/// same as no mask and an all-zero mask the same as no field (Open vSwitch reports them so).
/// </summary>
/// <param name="Table">The table.</param>
/// <param name="Priority">The priority.</param>
/// <param name="Match">The canonical match: its fields' bytes in hex, sorted.</param>
internal readonly record struct FlowKey(byte Table, ushort Priority, string Match)
{
    /// <summary>The identity of a flow.</summary>
    /// <param name="table">The table.</param>
    /// <param name="priority">The priority.</param>
    /// <param name="match">The match.</param>
    /// <returns>The key.</returns>
    public static FlowKey Of(TableId table, ushort priority, MatchView match)
    {
        var fields = new List<string>();
        foreach (OxmView oxm in match)
        {
            if (Canonical(oxm) is { } field)
            {
                fields.Add(field);
            }
        }

        fields.Sort(StringComparer.Ordinal);
        return new FlowKey(table.Value, priority, string.Join('.', fields));
    }

    // One field as the switch keeps it; null when its mask wildcards it entirely.
    private static string? Canonical(OxmView oxm)
    {
        if (!oxm.HasMask || oxm.Class == OxmClass.Experimenter)
        {
            return Convert.ToHexString(oxm.Bytes);
        }

        ReadOnlySpan<byte> value = oxm.Value, mask = oxm.Mask;
        if (mask.IndexOfAnyExcept((byte)0) < 0)
        {
            return null;
        }

        bool exact = mask.IndexOfAnyExcept((byte)0xff) < 0;
        Span<byte> field = stackalloc byte[OxmHeader.Size + (2 * value.Length)];
        uint header = BinaryPrimitives.ReadUInt32BigEndian(oxm.Bytes);

        // An exact field has no mask bit and half the payload length.
        BinaryPrimitives.WriteUInt32BigEndian(field, exact ? (header & 0xffff_fe00) | (uint)value.Length : header);
        for (int i = 0; i < value.Length; i++)
        {
            field[OxmHeader.Size + i] = (byte)(value[i] & mask[i]);
        }

        if (exact)
        {
            return Convert.ToHexString(field.Slice(0, OxmHeader.Size + value.Length));
        }

        mask.CopyTo(field.Slice(OxmHeader.Size + value.Length));
        return Convert.ToHexString(field);
    }
}
