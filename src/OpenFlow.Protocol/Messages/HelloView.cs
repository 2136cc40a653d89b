using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_HELLO</c> (<c>struct ofp_hello</c>): the header followed by a list of hello elements,
/// each padded to 8 bytes.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 0    |            length             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  elements (ofp_hello_elem_header + body, padded to 8) ...     |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// Element lengths are checked while enumerating (<see cref="GetEnumerator"/>).
/// </summary>
public readonly ref struct HelloView
{
    /// <summary>Size of a hello without elements.</summary>
    public const int MinLength = OfpHeader.Size;

    /// <summary>Offset of the first hello element.</summary>
    public const int ElementsOffset = OfpHeader.Size;

    private readonly ReadOnlySpan<byte> _message;

    private HelloView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The version byte of the header: the highest version the sender supports.</summary>
    public byte Version => _message[OfpHeader.VersionOffset];

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The message length.</summary>
    public int Length => _message.Length;

    /// <summary>The raw element list (may be empty).</summary>
    public ReadOnlySpan<byte> Elements => _message.Slice(ElementsOffset);

    /// <summary>Reads a hello message.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed hello.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out HelloView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheck(message, OfpType.Hello, MinLength, exact: false, out error))
        {
            view = default;
            return false;
        }

        view = new HelloView(message);
        return true;
    }

    /// <summary>Reads a hello message, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static HelloView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out HelloView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }

    /// <summary>Enumerates the hello elements, unknown types included.</summary>
    public HelloElementEnumerator GetEnumerator() => new(_message.Slice(ElementsOffset), ElementsOffset);

    /// <summary>Finds the first <c>OFPHET_VERSIONBITMAP</c> element.</summary>
    /// <param name="element">The element, when there is one.</param>
    /// <returns>Whether the hello carries a version bitmap.</returns>
    public bool TryGetVersionBitmap(out HelloElementView element)
    {
        foreach (HelloElementView candidate in this)
        {
            if (candidate.Type == OfpHelloElemType.VersionBitmap)
            {
                element = candidate;
                return true;
            }
        }

        element = default;
        return false;
    }

    /// <summary>
    /// Whether the sender supports OpenFlow wire version <paramref name="version"/>: its bit in the first
    /// version bitmap or, for a hello without a bitmap, any version from 1 up to the header's version (the
    /// negotiation rule of hellos without elements).
    /// </summary>
    /// <param name="version">A wire version (4 for OpenFlow 1.3).</param>
    public bool SupportsVersion(byte version)
    {
        if (TryGetVersionBitmap(out HelloElementView bitmap))
        {
            return bitmap.SupportsVersion(version);
        }

        return version >= 1 && version <= Version;
    }
}
