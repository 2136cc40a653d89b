using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>
/// Walks the properties of an <c>NXAST_CONTROLLER2</c> action, each padded to 8. A length below 4 or a property that
/// runs past the action throws <see cref="OpenFlowFormatException"/> naming <c>actions[i].NXAST_CONTROLLER2.properties[k]</c>.
/// </summary>
public ref struct NxPropertyEnumerator
{
    private readonly ActionView _action;
    private int _position;
    private int _index;
    private NxPropertyView _current;

    internal NxPropertyEnumerator(ActionView action, int start)
    {
        _action = action;
        _position = start;
        _index = 0;
        _current = default;
    }

    /// <summary>The property at the current position.</summary>
    public readonly NxPropertyView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly NxPropertyEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next property.</summary>
    /// <returns>False after the last.</returns>
    public bool MoveNext()
    {
        int result = TryStep(_action, ref _position, _index, out _current, out OpenFlowFormatError error);
        if (result < 0)
        {
            ThrowHelper.ThrowFormat(error);
        }

        _index += result;
        return result > 0;
    }

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

    private static int TryStep(ActionView action, scoped ref int position, int index, out NxPropertyView property, out OpenFlowFormatError error)
    {
        property = default;
        error = default;
        ReadOnlySpan<byte> bytes = action.Bytes;
        if (position >= bytes.Length)
        {
            return 0;
        }

        int length = position + 4 <= bytes.Length ? NxAction.U16(bytes, position + 2) : 0;
        int padded = (length + 7) & ~7;
        if (length < 4 || position + padded > bytes.Length)
        {
            error = NxAction.Error(
                action,
                string.Concat(".NXAST_CONTROLLER2.properties[", index.ToString(System.Globalization.CultureInfo.InvariantCulture), "].length"),
                position + 2,
                length < 4 ? "property length is below 4" : "property extends beyond the end of the action",
                OfpBadActionCode.BadLen);
            return -1;
        }

        property = new NxPropertyView(bytes.Slice(position, padded), action.Offset + position);
        position += padded;
        return 1;
    }
}
