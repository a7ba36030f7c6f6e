using System.Text;

namespace Workbench.Ml.Tests.Data;

/// <summary>A file in the temp folder that is deleted when disposed.</summary>
internal sealed class TempFile : IDisposable
{
    private TempFile(string path) => Path = path;

    public string Path { get; }

    public static TempFile WithText(string text, string extension = ".csv") =>
        WithBytes(new UTF8Encoding(false).GetBytes(text), extension);

    public static TempFile WithBytes(byte[] bytes, string extension = ".csv")
    {
        var file = Create(extension);
        File.WriteAllBytes(file.Path, bytes);
        return file;
    }

    public static TempFile Create(string extension) =>
        new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"wb-data-{Guid.NewGuid():N}{extension}"));

    public void Dispose()
    {
        if (File.Exists(Path)) File.Delete(Path);
    }
}

/// <summary>Assertions on rows of nullable values.</summary>
internal static class RowAssert
{
    public static void Equal(string?[] expected, IEnumerable<string?> actual) =>
        Assert.Equal<IEnumerable<string?>>(expected, actual);
}
