using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Threading;

namespace OpenFlow.Controller.Connection;

/// <summary>
/// Fixed-size blocks for one connection's pipes (as Kestrel's block pool, but per connection so that a busy switch
/// never waits on others): renting and returning a block allocates nothing once the pool is warm. At most
/// <see cref="MaxPooledBlocks"/> idle blocks are kept; more are left to the GC, and all go with the connection.
/// </summary>
internal sealed class BlockMemoryPool : MemoryPool<byte>
{
    public const int BlockSize = 16 * 1024;

    public const int MaxPooledBlocks = 8;

    private readonly ConcurrentQueue<Block> _blocks = new();
    private int _count;

    public override int MaxBufferSize => BlockSize;

    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        if (minBufferSize > BlockSize)
        {
            throw new ArgumentOutOfRangeException(nameof(minBufferSize), minBufferSize, "Larger than a block.");
        }

        if (_blocks.TryDequeue(out Block? block))
        {
            Interlocked.Decrement(ref _count);
            block.Rented();
            return block;
        }

        return new Block(this);
    }

    protected override void Dispose(bool disposing)
    {
    }

    private void Return(Block block)
    {
        if (Interlocked.Increment(ref _count) <= MaxPooledBlocks)
        {
            _blocks.Enqueue(block);
        }
        else
        {
            Interlocked.Decrement(ref _count);
        }
    }

    private sealed class Block : IMemoryOwner<byte>
    {
        private readonly BlockMemoryPool _pool;
        private readonly byte[] _array = GC.AllocateUninitializedArray<byte>(BlockSize);
        private int _returned;

        public Block(BlockMemoryPool pool) => _pool = pool;

        public Memory<byte> Memory => _array;

        public void Rented() => Volatile.Write(ref _returned, 0);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _returned, 1) == 0)
            {
                _pool.Return(this);
            }
        }
    }
}
