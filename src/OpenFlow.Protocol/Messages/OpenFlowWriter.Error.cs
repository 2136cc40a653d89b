using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>Writers for <c>OFPT_ERROR</c> (see <see cref="ErrorView"/> for the layout).</content>
public ref partial struct OpenFlowWriter
{
    /// <summary>How much of a failed request an error message carries by default (the spec asks for at least 64 bytes).</summary>
    public const int ErrorRequestBytes = 64;

    /// <summary>Writes an error message (<c>ofp_error_msg</c>).</summary>
    /// <param name="xid">The xid of the failed request.</param>
    /// <param name="type">The error type; not <see cref="OfpErrorType.Experimenter"/> (use <see cref="WriteExperimenterError"/>).</param>
    /// <param name="code">The code, to interpret with <paramref name="type"/>.</param>
    /// <param name="data">The data: usually at least the first 64 bytes of the failed request.</param>
    /// <returns>The message length.</returns>
    public int WriteError(Xid xid, OfpErrorType type, ushort code, scoped ReadOnlySpan<byte> data)
    {
        if (type == OfpErrorType.Experimenter)
        {
            ThrowHelper.ThrowArgument("Experimenter errors carry an experimenter id: use WriteExperimenterError.", nameof(type));
        }

        MessageChecks.CheckBodyFits(ErrorView.MinLength, data.Length, nameof(data));
        LengthSlot slot = BeginMessage(OfpType.Error, xid);
        WriteUInt16((ushort)type);
        WriteUInt16(code);
        WriteBytes(data);
        return EndMessage(slot);
    }

    /// <summary>
    /// Writes the error a controller answers a malformed request with: the type and code of
    /// <paramref name="error"/> and the first <see cref="ErrorRequestBytes"/> bytes of the request.
    /// </summary>
    /// <param name="xid">The xid of the failed request.</param>
    /// <param name="error">What was wrong with it.</param>
    /// <param name="request">The failed request (only its start is copied).</param>
    /// <returns>The message length.</returns>
    public int WriteError(Xid xid, in OpenFlowFormatError error, scoped ReadOnlySpan<byte> request) =>
        WriteError(xid, error.ErrorType, error.ErrorCode, request.Slice(0, Math.Min(request.Length, ErrorRequestBytes)));

    /// <summary>Writes an experimenter error message (<c>ofp_error_experimenter_msg</c>, type <c>OFPET_EXPERIMENTER</c>).</summary>
    /// <param name="xid">The xid of the failed request.</param>
    /// <param name="expType">The experimenter-defined error type.</param>
    /// <param name="experimenter">The experimenter id.</param>
    /// <param name="data">The experimenter-defined data.</param>
    /// <returns>The message length.</returns>
    public int WriteExperimenterError(Xid xid, ushort expType, uint experimenter, scoped ReadOnlySpan<byte> data)
    {
        MessageChecks.CheckBodyFits(ErrorView.ExperimenterMinLength, data.Length, nameof(data));
        LengthSlot slot = BeginMessage(OfpType.Error, xid);
        WriteUInt16((ushort)OfpErrorType.Experimenter);
        WriteUInt16(expType);
        WriteUInt32(experimenter);
        WriteBytes(data);
        return EndMessage(slot);
    }
}
