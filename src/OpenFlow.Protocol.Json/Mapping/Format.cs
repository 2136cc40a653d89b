using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>Format errors raised by the mapping itself (the codec's views raise the rest).</summary>
internal static class Format
{
    public static OpenFlowFormatException BadLength(OfpType type, string field, int offset, string reason) =>
        new(new OpenFlowFormatError(type, field, offset, reason, OfpErrorType.BadRequest, (ushort)OfpBadRequestCode.BadLen));

    public static OpenFlowFormatException Truncated(OfpType type, string field, int offset) =>
        BadLength(type, field, offset, "message ends inside this field");
}
