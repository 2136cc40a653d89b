namespace OpenFlow.Protocol.Messages;

/// <summary>Hello element types (<c>enum ofp_hello_elem_type</c>), the <c>type</c> field of <c>ofp_hello_elem_header</c>.</summary>
public enum OfpHelloElemType : ushort
{
    /// <summary><c>OFPHET_VERSIONBITMAP</c>: a bitmap of the OpenFlow versions the sender supports.</summary>
    VersionBitmap = 1,
}
