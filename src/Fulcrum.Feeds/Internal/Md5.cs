using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Fulcrum.Feeds.Internal;

/// <summary>
/// MD5, because it is what GDELT publishes for each file: a check that the bytes arrived as they
/// were listed, not a defence against someone forging them.
/// </summary>
[SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "the feed publishes MD5; it checks transfers, not authenticity")]
internal static class Md5
{
    public static IncrementalHash Start() => IncrementalHash.CreateHash(HashAlgorithmName.MD5);

    /// <summary>Whether <paramref name="path"/> exists with exactly <paramref name="size"/> bytes and this MD5.</summary>
    public static async Task<bool> FileMatchesAsync(string path, long size, string md5, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != size) return false;
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            var hash = await MD5.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            return Convert.ToHexStringLower(hash) == md5;
        }
    }
}
