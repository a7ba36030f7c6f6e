using System.Security.Cryptography;

namespace Workbench.Workspace.Tracking;

/// <summary>Run ids: 12 lowercase hexadecimal characters (48 random bits), short enough to type on the command line.</summary>
public static class RunIds
{
    /// <summary>The length of a run id.</summary>
    public const int Length = 12;

    /// <summary>A new random run id.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2));

    /// <summary>True when <paramref name="id"/> has the shape of a run id.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: Length } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
