namespace OpenFlow.Protocol.Messages;

/// <summary>Queue property types (<c>enum ofp_queue_properties</c>), the <c>property</c> field of <c>ofp_queue_prop_header</c>.</summary>
public enum OfpQueueProperties : ushort
{
    /// <summary><c>OFPQT_MIN_RATE</c>: minimum datarate guaranteed.</summary>
    MinRate = 1,

    /// <summary><c>OFPQT_MAX_RATE</c>: maximum datarate.</summary>
    MaxRate = 2,

    /// <summary><c>OFPQT_EXPERIMENTER</c> (0xffff): experimenter defined property.</summary>
    Experimenter = 0xffff,
}
