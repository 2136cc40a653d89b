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
    /// and since the port pools hand ports out in order, neighbouring connections share cache lines. A slot per
    /// possible port (65,536 per server, 512 KiB), so a port read back from a switch outside the configured range
    /// needs no special case. Guarded by the engine's lock like the dictionary it replaces.
    /// </summary>
    private sealed class PortIndex
    {
        private readonly NaptMapping?[][] _slots;

        public PortIndex(int servers)
        {
            _slots = new NaptMapping?[servers][];
            for (int i = 0; i < servers; i++)
            {
                _slots[i] = new NaptMapping?[ushort.MaxValue + 1];
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
            }
        }

        public NaptMapping this[ServerKey key]
        {
            set
            {
                ref NaptMapping? slot = ref _slots[key.Server][key.Port];
                if (slot is null)
                {
                    Count++;
                }

                slot = value;
            }
        }

        public bool TryGetValue(ServerKey key, [NotNullWhen(true)] out NaptMapping? mapping)
        {
            mapping = (uint)key.Server < (uint)_slots.Length ? _slots[key.Server][key.Port] : null;
            return mapping is not null;
        }

        public bool Remove(ServerKey key)
        {
            ref NaptMapping? slot = ref _slots[key.Server][key.Port];
            if (slot is null)
            {
                return false;
            }

            slot = null;
            Count--;
            return true;
        }
    }
}
