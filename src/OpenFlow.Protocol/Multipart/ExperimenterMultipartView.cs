using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// The body of an <c>OFPMP_EXPERIMENTER</c> request or reply (<c>struct ofp_experimenter_multipart_header</c>, 8 bytes, and experimenter-defined data).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                          experimenter                         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            exp_type                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                            data ...                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct ExperimenterMultipartView
{
    /// <summary>Size of the structure.</summary>
    public const int MinLength = 8;

    private const int ExperimenterOffset = 0;
    private const int ExpTypeOffset = 4;

    private readonly ReadOnlySpan<byte> _body;

    private ExperimenterMultipartView(ReadOnlySpan<byte> body, int offset)
    {
        _body = body;
        Offset = offset;
    }

    /// <summary>Offset of the body from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The body's bytes.</summary>
    public ReadOnlySpan<byte> Raw => _body;

    /// <summary>The experimenter id.</summary>
    public uint Experimenter => BinaryPrimitives.ReadUInt32BigEndian(_body.Slice(ExperimenterOffset));

    /// <summary>The experimenter-defined type.</summary>
    public uint ExpType => BinaryPrimitives.ReadUInt32BigEndian(_body.Slice(ExpTypeOffset));

    /// <summary>The experimenter-defined data after the header.</summary>
    public ReadOnlySpan<byte> Data => _body.Slice(MinLength);

    /// <summary>Reads the body, which must be at least 8 bytes.</summary>
    /// <param name="body">The multipart body.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="body"/> from the start of the message, for errors.</param>
    /// <param name="view">The view, when the body is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the body is well formed.</returns>
    public static bool TryRead(ReadOnlySpan<byte> body, OfpType messageType, int offset, out ExperimenterMultipartView view, out OpenFlowFormatError error)
    {
        if (body.Length < MinLength)
        {
            view = default;
            error = MessageChecks.BadLength(messageType, "body", offset, "an ofp_experimenter_multipart_header is at least 8 bytes");
            return false;
        }

        view = new ExperimenterMultipartView(body, offset);
        error = default;
        return true;
    }
}
