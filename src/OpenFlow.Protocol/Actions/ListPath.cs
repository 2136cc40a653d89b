using System.Globalization;

namespace OpenFlow.Protocol.Actions;

/// <summary>
/// Where an action list sits in its message, for error field names: top level (<c>actions[2].len</c>), inside another
/// list (<c>instructions[1].actions[0].len</c>, <c>buckets[2].actions[0].len</c>) or nested in an action
/// (<c>actions[0].NXAST_CT.actions[1].len</c>). Holds only references to constant strings, so walking allocates
/// nothing; names are built on the error path only (and for the pathological list nested twice).
/// </summary>
internal readonly struct ListPath
{
    private const string ActionsList = "actions";

    private readonly string? _parent;
    private readonly int _parentIndex;
    private readonly string? _infix;
    private readonly int _outerIndex;

    public ListPath(string? parent, int parentIndex)
        : this(parent, parentIndex, null, 0)
    {
    }

    // parentIndex < 0: parent is a whole prefix such as "actions[0].NXAST_CT.actions[3].NXAST_CT".
    private ListPath(string? parent, int parentIndex, string? infix, int outerIndex)
    {
        _parent = parent;
        _parentIndex = parentIndex;
        _infix = infix;
        _outerIndex = outerIndex;
    }

    /// <summary>The name of element <paramref name="index"/> of a list called <paramref name="list"/> at this place, plus <paramref name="suffix"/>.</summary>
    public string Name(string list, int index, string suffix)
    {
        string own = string.Concat(list, "[", index.ToString(CultureInfo.InvariantCulture), "]", suffix);
        string prefix = _parent is null
            ? string.Empty
            : _parentIndex < 0 ? _parent + "." : string.Concat(_parent, "[", _parentIndex.ToString(CultureInfo.InvariantCulture), "].");
        if (_infix is not null)
        {
            prefix = string.Concat(prefix, ActionsList, "[", _outerIndex.ToString(CultureInfo.InvariantCulture), "].", _infix + ".");
        }

        return prefix + own;
    }

    /// <summary>The place of an action list nested in action <paramref name="outerIndex"/> of this list (<c>NXAST_CT</c>'s actions).</summary>
    public ListPath Nested(int outerIndex, string infix) =>
        _infix is null
            ? new ListPath(_parent, _parentIndex, infix, outerIndex)
            : new ListPath(Name(ActionsList, outerIndex, "." + infix), -1, null, 0);
}
