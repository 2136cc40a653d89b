using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// <c>NXAST_CONJUNCTION</c> (<c>struct nx_action_conjunction</c>, 16 bytes): this flow is clause <c>clause</c> of <c>n_clauses</c> of conjunction <c>id</c>.
/// <code>
/// +---------------+---------------+-------------------------------+
/// | type=0xffff   | len           | vendor=0x00002320             |
/// +---------------+---------------+-------------------------------+
/// | subtype=34    | clause (1) | n_clauses (1) | id (4)             |
/// +---------------+---------------+-------------------------------+
/// </code>
/// </summary>
public readonly ref struct NxConjunctionView
{
    /// <summary>Size of the action.</summary>
    public const int Size = 16;

    private const int ClauseOffset = 10;
    private const int ClauseCountOffset = 11;
    private const int IdOffset = 12;


    private readonly ReadOnlySpan<byte> _action;

    private NxConjunctionView(ReadOnlySpan<byte> action, int offset)
    {
        _action = action;
        Offset = offset;
    }

    /// <summary>Byte offset of the action from the start of the message.</summary>
    public int Offset { get; }

    /// <summary>The clause number, counting from 0 on the wire (<c>conjunction(id, k/n)</c> writes k - 1).</summary>
    public byte Clause => _action[ClauseOffset];

    /// <summary>How many clauses the conjunction has.</summary>
    public byte ClauseCount => _action[ClauseCountOffset];

    /// <summary>The conjunction id (matched as <c>conj_id</c>).</summary>
    public uint Id => NxAction.U32(_action, IdOffset);


    /// <summary>Reads an action as <c>NXAST_CONJUNCTION</c>.</summary>
    /// <param name="action">An action of a list.</param>
    /// <param name="view">The typed view.</param>
    /// <param name="error">Why not, when it is another action or too short.</param>
    public static bool TryRead(in ActionView action, out NxConjunctionView view, out OpenFlowFormatError error)
    {
        view = default;
        if (!NxAction.Check(action, NxActionSubtype.Conjunction, 16, "an NXAST_CONJUNCTION action is 16 bytes", out error))
        {
            return false;
        }

        view = new NxConjunctionView(action.Bytes, action.Offset);
        return true;
    }

    /// <summary>Reads an action as <c>NXAST_CONJUNCTION</c>, throwing <see cref="OpenFlowFormatException"/> when it is not one.</summary>
    /// <param name="action">An action of a list.</param>
    public static NxConjunctionView Read(in ActionView action)
    {
        if (!TryRead(action, out NxConjunctionView view, out OpenFlowFormatError error))
        {
            ThrowHelper.ThrowFormat(error);
        }

        return view;
    }
}
