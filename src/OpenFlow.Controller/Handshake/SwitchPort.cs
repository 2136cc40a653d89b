using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Handshake;

/// <summary>A port of a switch, as the PORT_DESC reply or the latest PORT_STATUS described it.</summary>
/// <param name="PortNo">The port number.</param>
/// <param name="HwAddr">The port's MAC address.</param>
/// <param name="Name">The port name.</param>
/// <param name="Config">Administrative settings.</param>
/// <param name="State">Link state.</param>
/// <param name="CurrSpeed">Current bit rate in kbps.</param>
public sealed record SwitchPort(PortNo PortNo, MacAddress HwAddr, string Name, OfpPortConfig Config, OfpPortState State, uint CurrSpeed)
{
    /// <summary>Copies a port description out of a view.</summary>
    /// <param name="port">The view.</param>
    /// <returns>The port.</returns>
    public static SwitchPort From(PortView port) => new(port.PortNo, port.HwAddr, port.GetName(), port.Config, port.State, port.CurrSpeed);
}
