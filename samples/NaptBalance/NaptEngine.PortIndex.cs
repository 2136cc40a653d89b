using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace OpenFlow.Samples.NaptBalance;

/// <content>The mappings by server and NAPT port: one slot per port, where a dictionary would hash.</content>
public sealed partial class NaptEngine
{
    /// <summary>
    /// The mappings by (server, NAPT port), with the part of the dictionary API the engine uses. Every connection is
    /// looked up here twice (its two FLOW_REMOVED messages), inserted and removed once; with tens of thousands of live
    /// connections a dictionary's bucket and entry are two cache misses per access. Here an access is one array slot,
    /// and since the port pools hand ports out in order, neighbouring connections share cache lines. One slot per port
    /// of the configured range (8 bytes a port, next to the pool's 10); a port outside it (a flow read back from a
    /// switch after the range changed) goes to a dictionary. Guarded by the engine's lock like the dictionary it
    /// replaces.
    /// </summary>
    private sealed class PortIndex
    {
        private readonly NaptMapping?[][] _slots;
        private readonly ushort _first;
        private readonly Dictionary<ServerKey, NaptMapping> _outside = new();

        public PortIndex(int servers, ushort first, ushort last)
        {
            _first = first;
            _slots = new NaptMapping?[servers][];
            for (int i = 0; i < servers; i++)
            {
                _slots[i] = new NaptMapping?[last - first + 1];
            }
        }

        public int Count { get; private set; }

        /// <summary>The mappings, by server then port (cold paths: status, snapshots, rebuilds).</summary>
        public IEnumerable<NaptMapping> Values
        {
            get
            {
                foreach (NaptMapping?[] ports in _slots)
                {
                    foreach (NaptMapping? mapping in ports)
                    {
                        if (mapping is not null)
                        {
                            yield return mapping;
                        }
                    }
                }

                foreach (NaptMapping mapping in _outside.Values)
                {
                    yield return mapping;
                }
            }
        }

        public NaptMapping this[ServerKey key]
        {
            set
            {
                if (!InRange(key, out NaptMapping?[]? ports, out int i))
                {
                    if (_outside.TryAdd(key, value))
                    {
                        Count++;
                    }
                    else
                    {
                        _outside[key] = value;
                    }

                    return;
                }

                if (ports[i] is null)
                {
                    Count++;
                }

                ports[i] = value;
            }
        }

        public bool TryGetValue(ServerKey key, [NotNullWhen(true)] out NaptMapping? mapping)
        {
            if (!InRange(key, out NaptMapping?[]? ports, out int i))
            {
                return _outside.TryGetValue(key, out mapping);
            }

            mapping = ports[i];
            return mapping is not null;
        }

        public bool Remove(ServerKey key)
        {
            bool removed;
            if (!InRange(key, out NaptMapping?[]? ports, out int i))
            {
                removed = _outside.Remove(key);
            }
            else
            {
                removed = ports[i] is not null;
                ports[i] = null;
            }

            if (removed)
            {
                Count--;
            }

            return removed;
        }

        private bool InRange(ServerKey key, [NotNullWhen(true)] out NaptMapping?[]? ports, out int index)
        {
            index = key.Port - _first;
            if ((uint)key.Server < (uint)_slots.Length && (uint)index < (uint)_slots[key.Server].Length)
            {
                ports = _slots[key.Server];
                return true;
            }

            ports = null;
            return false;
        }
    }
}
