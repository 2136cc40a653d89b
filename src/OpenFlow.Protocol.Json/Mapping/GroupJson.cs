using System.Text.Json;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary><c>ofp_bucket</c> as Ryu's <c>{"OFPBucket": {...}}</c>, shared by the group mod and the group description reply.</summary>
internal static class GroupJson
{
    public const string BucketClass = "OFPBucket";

    public static void WriteBuckets(Utf8JsonWriter json, BucketEnumerator buckets)
    {
        json.WriteStartArray("buckets");
        foreach (BucketView bucket in buckets)
        {
            json.WriteStartObject();
            json.WriteStartObject(BucketClass);
            ActionJson.WriteList(json, "actions", bucket.Actions);
            json.WriteNumber("len", bucket.Length);
            json.WriteNumber("watch_group", bucket.WatchGroup.Value);
            json.WriteNumber("watch_port", bucket.WatchPort.Value);
            json.WriteNumber("weight", bucket.Weight);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void EncodeBuckets(ref OpenFlowWriter writer, JsonBody parent)
    {
        foreach (var (element, path) in parent.List("buckets"))
        {
            JsonBody bucket = JsonBody.Unwrap(element, path, BucketClass);
            int? len = bucket.OptionalLength("len");
            LengthSlot slot = writer.BeginBucket(
                bucket.UInt16("weight", 0),
                new PortNo(bucket.UInt32("watch_port", PortNo.Any.Value)),
                new GroupId(bucket.UInt32("watch_group", GroupId.Any.Value)));
            ActionJson.EncodeList(ref writer, bucket, "actions");
            bucket.EnsureAllRead();
            writer.EndBucket(slot);
            Lengths.Apply(ref writer, slot.Start, slot.LengthOffset, len, bucket.PathOf("len"));
        }
    }
}
