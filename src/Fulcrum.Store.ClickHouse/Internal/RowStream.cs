using System.Net;
using System.Threading.Channels;

namespace Fulcrum.Store.ClickHouse.Internal;

/// <summary>
/// A request body fed while it is sent: the reading thread fills blocks of TabSeparated rows and
/// hands them over; the HTTP request writes each as it comes (chunked), so a file of any size
/// streams into ClickHouse with a few blocks in memory. A failed send stops the producer.
/// </summary>
internal sealed class RowStream : HttpContent
{
    private readonly Channel<byte[]> _blocks = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });

    public RowStream() => Headers.ContentType = ChServer.TextType;

    /// <summary>Hands a full block over; waits while the send is behind. Throws once the send has failed.</summary>
    public void Add(byte[] block, CancellationToken cancellationToken)
    {
        if (!_blocks.Writer.TryWrite(block)) _blocks.Writer.WriteAsync(block, cancellationToken).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The send failed: the producer's next <see cref="Add"/> throws instead of waiting.</summary>
    public void Fail(Exception e)
    {
        _blocks.Writer.TryComplete(e);
        while (_blocks.Reader.TryRead(out _)) { }
    }

    /// <summary>No more rows: the body ends.</summary>
    public void Complete() => _blocks.Writer.TryComplete();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) => await SerializeToStreamAsync(stream, context, CancellationToken.None).ConfigureAwait(false);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var block in _blocks.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                await stream.WriteAsync(block, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The producer must not wait on a body no one reads any more.
            _blocks.Writer.TryComplete(e);
            while (_blocks.Reader.TryRead(out _)) { }
            throw;
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
