using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// Walks the flow specs of an <c>NXAST_LEARN</c> action. A zero header ends the list (the rest must be zero
/// padding); a spec that runs past the action, or uses the reserved destination 3, throws
/// <see cref="OpenFlowFormatException"/> naming <c>actions[i].NXAST_LEARN.specs[k]</c>.
/// </summary>
public ref struct NxFlowSpecEnumerator
{
    internal const int NBitsMask = 0x3ff;
    internal const ushort SourceImmediate = 1 << 13;
    private const string SpecsName = ".NXAST_LEARN.specs";

    private readonly ActionView _action;
    private int _position;
    private int _index;
    private NxFlowSpecView _current;

    internal NxFlowSpecEnumerator(ActionView action, int start)
    {
        _action = action;
        _position = start;
        _index = 0;
        _current = default;
    }

    /// <summary>The spec at the current position.</summary>
    public readonly NxFlowSpecView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly NxFlowSpecEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next spec.</summary>
    /// <returns>False after the last spec.</returns>
    public bool MoveNext()
    {
        int result = TryStep(_action, ref _position, _index, out _current, out OpenFlowFormatError error);
        if (result < 0)
        {
            ThrowHelper.ThrowFormat(error);
        }

        if (result == 0)
        {
            return false;
        }

        _index++;
        return true;
    }

    /// <summary>Checks every spec of a learn action from <paramref name="start"/>.</summary>
    internal static bool TryValidate(in ActionView action, int start, out OpenFlowFormatError error)
    {
        int position = start;
        int index = 0;
        int result;
        while ((result = TryStep(action, ref position, index, out _, out error)) > 0)
        {
            index++;
        }

        return result == 0;
    }

    // 1: a spec; 0: end of the list; -1: malformed.
    private static int TryStep(ActionView action, scoped ref int position, int index, out NxFlowSpecView spec, out OpenFlowFormatError error)
    {
        spec = default;
        error = default;
        ReadOnlySpan<byte> bytes = action.Bytes;
        if (position + 2 > bytes.Length)
        {
            return 0;
        }

        ushort header = NxAction.U16(bytes, position);
        if (header == 0)
        {
            for (int i = position; i < bytes.Length; i++)
            {
                if (bytes[i] != 0)
                {
                    error = Bad(action, index, i, "bytes after the last flow spec are not zero padding", OfpBadActionCode.BadArgument);
                    return -1;
                }
            }

            position = bytes.Length;
            return 0;
        }

        int nBits = header & NBitsMask;
        int destination = (header >> 11) & 3;
        if (destination == 3 || (header & 0xc400) != 0)
        {
            error = Bad(action, index, position, "flow spec header uses reserved bits or the reserved destination 3", OfpBadActionCode.BadArgument);
            return -1;
        }

        int at = position + 2;
        int sourceSize;
        if ((header & SourceImmediate) != 0)
        {
            sourceSize = (nBits + 15) / 16 * 2;
        }
        else
        {
            int headerSize = NxAction.ReadHeader(bytes, at, out _, out _);
            sourceSize = headerSize == 0 ? int.MaxValue / 2 : headerSize + 2;
        }

        at += sourceSize;
        if (destination != (int)NxFlowSpecDestination.Output && at <= bytes.Length)
        {
            int headerSize = NxAction.ReadHeader(bytes, at, out _, out _);
            at = headerSize == 0 ? int.MaxValue : at + headerSize + 2;
        }

        if (at > bytes.Length)
        {
            error = Bad(action, index, position, "flow spec extends beyond the end of the action", OfpBadActionCode.BadLen);
            return -1;
        }

        spec = new NxFlowSpecView(bytes.Slice(position, at - position), sourceSize, action.Offset + position);
        position = at;
        return 1;
    }

    private static OpenFlowFormatError Bad(in ActionView action, int index, int position, string reason, OfpBadActionCode code) =>
        NxAction.Error(action, string.Concat(SpecsName, "[", index.ToString(System.Globalization.CultureInfo.InvariantCulture), "]"), position, reason, code);
}
