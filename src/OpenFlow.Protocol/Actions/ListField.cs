using System.Globalization;

namespace OpenFlow.Protocol.Actions;

/// <summary>Builds error field names such as <c>instructions[1].actions[0].len</c> (only on the error path).</summary>
internal static class ListField
{
    public static string Name(string? parent, int parentIndex, string list, int index, string suffix)
    {
        string own = string.Concat(list, "[", index.ToString(CultureInfo.InvariantCulture), "]", suffix);
        return parent is null ? own : string.Concat(parent, "[", parentIndex.ToString(CultureInfo.InvariantCulture), "].", own);
    }
}
