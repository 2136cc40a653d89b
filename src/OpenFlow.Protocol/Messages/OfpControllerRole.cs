namespace OpenFlow.Protocol.Messages;

/// <summary>Controller roles (<c>enum ofp_controller_role</c>), the <c>role</c> field of <c>ofp_role_request</c>.</summary>
public enum OfpControllerRole : uint
{
    /// <summary><c>OFPCR_ROLE_NOCHANGE</c>: don't change the current role.</summary>
    NoChange = 0,

    /// <summary><c>OFPCR_ROLE_EQUAL</c>: default role, full access.</summary>
    Equal = 1,

    /// <summary><c>OFPCR_ROLE_MASTER</c>: full access, at most one master.</summary>
    Master = 2,

    /// <summary><c>OFPCR_ROLE_SLAVE</c>: read-only access.</summary>
    Slave = 3,
}
