using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Match;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One OXM id in a table feature property: an OXM header (4 bytes), followed by the experimenter id for the
/// experimenter class (0xffff). Created by <see cref="OxmIdEnumerator"/>.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |           oxm_class           |  oxm_field  |M|  oxm_length   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  experimenter (class 0xffff only)                             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct OxmIdView
{
    private readonly ReadOnlySpan<byte> _id;

    internal OxmIdView(ReadOnlySpan<byte> id, int offset)
    {
        _id = id;
        Offset = offset;
    }

    /// <summary>Offset of the id from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The id's bytes (4, or 8 for the experimenter class).</summary>
    public ReadOnlySpan<byte> Raw => _id;

    /// <summary>The id's length in bytes (4, or 8 for the experimenter class).</summary>
    public int Length => _id.Length;

    /// <summary>The OXM header.</summary>
    public OxmHeader Header => OxmHeader.Read(_id);

    /// <summary>The experimenter id (class <see cref="OxmClass.Experimenter"/> only, else 0).</summary>
    public uint Experimenter => _id.Length >= 8 ? BinaryPrimitives.ReadUInt32BigEndian(_id.Slice(OxmHeader.Size)) : 0;
}
