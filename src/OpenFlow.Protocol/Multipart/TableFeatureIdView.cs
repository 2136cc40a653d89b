using System;
using System.Buffers.Binary;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// One instruction or action id in a table feature property: the <c>type</c> and <c>len</c> of an instruction or
/// action header (4 bytes), followed by the experimenter id for experimenter types. Created by
/// <see cref="TableFeatureIdEnumerator"/>.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |              type             |              len              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  experimenter (experimenter types only) ...                   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct TableFeatureIdView
{
    /// <summary>Size of an id without experimenter data.</summary>
    public const int HeaderSize = 4;

    private readonly ReadOnlySpan<byte> _id;

    internal TableFeatureIdView(ReadOnlySpan<byte> id, int offset)
    {
        _id = id;
        Offset = offset;
    }

    /// <summary>Offset of the id from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The id's bytes (<see cref="Length"/> of them).</summary>
    public ReadOnlySpan<byte> Raw => _id;

    /// <summary>The instruction or action type (compare with <see cref="Instructions.OfpInstructionType"/> or <see cref="Actions.OfpActionType"/>).</summary>
    public ushort Type => BinaryPrimitives.ReadUInt16BigEndian(_id);

    /// <summary>The <c>len</c> field.</summary>
    public int Length => _id.Length;

    /// <summary>The experimenter id of an experimenter type (0xffff) at least 8 bytes long, else 0.</summary>
    public uint Experimenter => Type == 0xffff && _id.Length >= 8 ? BinaryPrimitives.ReadUInt32BigEndian(_id.Slice(HeaderSize)) : 0;
}
