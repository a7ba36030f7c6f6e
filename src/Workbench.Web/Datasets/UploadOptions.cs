using Microsoft.Extensions.Configuration;

namespace Workbench.Web.Datasets;

/// <summary>Limits of the browser upload, read from configuration.</summary>
/// <param name="MaxBytes">The largest file accepted, in bytes.</param>
/// <param name="MaxFieldChars">The longest single value an import accepts, in characters.</param>
public sealed record UploadOptions(long MaxBytes, int MaxFieldChars = Workbench.Ml.Data.FieldLimit.DefaultMaxChars)
{
    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>Default upload limit in megabytes.</summary>
        public const int MaxUploadMegabytes = 200;
    }

    /// <summary>The configuration key of the limit in megabytes.</summary>
    public const string MaxUploadMegabytesKey = "Workbench:MaxUploadMegabytes";

    /// <summary>The configuration key of the longest value an import accepts, in characters.</summary>
    public const string MaxFieldCharactersKey = "Workbench:MaxFieldCharacters";

    /// <summary>The limit in whole megabytes, for messages.</summary>
    public long MaxMegabytes => MaxBytes / (1024 * 1024);

    /// <summary>Reads <c>Workbench:MaxUploadMegabytes</c> (default 200) and <c>Workbench:MaxFieldCharacters</c>
    /// (default 1,048,576); values below 1 fall back to the defaults.</summary>
    public static UploadOptions From(IConfiguration configuration)
    {
        var mb = configuration.GetValue<int?>(MaxUploadMegabytesKey) ?? Defaults.MaxUploadMegabytes;
        if (mb < 1) mb = Defaults.MaxUploadMegabytes;
        var field = configuration.GetValue<int?>(MaxFieldCharactersKey) ?? Workbench.Ml.Data.FieldLimit.DefaultMaxChars;
        if (field < 1) field = Workbench.Ml.Data.FieldLimit.DefaultMaxChars;
        return new UploadOptions(mb * 1024L * 1024L, field);
    }

    /// <summary>A message when a file of <paramref name="bytes"/> is too large, else null.</summary>
    public string? Refusal(string fileName, long bytes) => bytes <= MaxBytes
        ? null
        : $"'{fileName}' is {bytes / (1024.0 * 1024.0):0.#} MB, larger than the upload limit of {MaxMegabytes} MB. "
          + $"Import it with the command line (workbench datasets import), or raise {MaxUploadMegabytesKey} in the app's configuration.";
}
