using System.Security.Cryptography;

namespace Fulcrum.Events.Reading;

/// <summary>The SHA-256 of a file as stored on disk (compressed or not), as <c>sha256sum</c> prints it.</summary>
public static class FileChecksum
{
    public static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
