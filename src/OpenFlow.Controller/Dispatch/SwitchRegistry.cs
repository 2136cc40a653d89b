using System.Collections.Concurrent;
using System.Collections.Generic;
using OpenFlow.Controller.Connection;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Dispatch;

/// <summary>Ready switches by datapath id; a second connection with the same id replaces the first.</summary>
internal sealed class SwitchRegistry
{
    private readonly ConcurrentDictionary<DatapathId, SwitchConnection> _switches = new();

    public ICollection<SwitchConnection> All => _switches.Values;

    public int Count => _switches.Count;

    /// <summary>Registers a connection and returns the one it replaces, if any.</summary>
    public SwitchConnection? Register(SwitchConnection connection)
    {
        SwitchConnection? old = null;
        _switches.AddOrUpdate(
            connection.DatapathId,
            connection,
            (_, existing) =>
            {
                old = existing;
                return connection;
            });
        return ReferenceEquals(old, connection) ? null : old;
    }

    public bool TryGet(DatapathId datapathId, out SwitchConnection? connection) => _switches.TryGetValue(datapathId, out connection);

    public void Remove(SwitchConnection connection) =>
        _switches.TryRemove(new KeyValuePair<DatapathId, SwitchConnection>(connection.DatapathId, connection));
}
