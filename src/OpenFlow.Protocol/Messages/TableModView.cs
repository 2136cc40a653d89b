using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Messages;

/// <summary>
/// A received <c>OFPT_TABLE_MOD</c> (<c>struct ofp_table_mod</c>, 16 bytes).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |    version    |   type = 17   |          length = 16          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                              xid                              |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |   table_id    |                 pad (3 bytes)                 |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                             config                            |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public readonly ref struct TableModView
{
    /// <summary>Size of <c>ofp_table_mod</c>.</summary>
    public const int Size = 16;

    private const int TableIdOffset = 8;
    private const int ConfigOffset = 12;

    private readonly ReadOnlySpan<byte> _message;

    private TableModView(ReadOnlySpan<byte> message) => _message = message;

    /// <summary>The whole message.</summary>
    public ReadOnlySpan<byte> Message => _message;

    /// <summary>The transaction id.</summary>
    public Xid Xid => new(BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(OfpHeader.XidOffset)));

    /// <summary>The table to configure (<see cref="TableId.All"/> for all tables).</summary>
    public TableId TableId => new(_message[TableIdOffset]);

    /// <summary>The configuration bits; unknown bits are kept.</summary>
    public OfpTableConfig Config => (OfpTableConfig)BinaryPrimitives.ReadUInt32BigEndian(_message.Slice(ConfigOffset));

    /// <summary>Reads a table mod message.</summary>
    /// <param name="message">The whole message, header included.</param>
    /// <param name="view">The view, when the message is well formed.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the message is a well-formed table mod.</returns>
    public static bool TryRead(ReadOnlySpan<byte> message, out TableModView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheck(message, OfpType.TableMod, Size, exact: true, out error))
        {
            view = default;
            return false;
        }

        view = new TableModView(message);
        return true;
    }

    /// <summary>Reads a table mod message, throwing <see cref="OpenFlowFormatException"/> when it is malformed.</summary>
    /// <param name="message">The whole message, header included.</param>
    public static TableModView Read(ReadOnlySpan<byte> message)
    {
        if (!TryRead(message, out TableModView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
