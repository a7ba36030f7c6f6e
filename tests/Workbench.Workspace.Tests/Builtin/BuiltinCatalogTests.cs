using Workbench.Workspace.Builtin;

namespace Workbench.Workspace.Tests.Builtin;

public sealed class BuiltinCatalogTests
{
    private static readonly BuiltinCatalog Catalog = BuiltinCatalog.Default;

    [Fact]
    public void Catalog_HasTheSixRequiredKinds()
    {
        Assert.True(Catalog.All.Count >= 6);
        Assert.StartsWith("multiclass", Catalog.Find("penguins")!.Task);
        Assert.Contains("fairness", Catalog.Find("german-credit")!.Teaches);
        Assert.Contains("0.79 %", Catalog.Find("sensor-anomalies")!.Task);
        Assert.Contains("Daily", Catalog.Find("seattle-weather")!.Description);
        Assert.Contains("S&P 500", Catalog.Find("sp500")!.Title);
        Assert.True(Catalog.Find("flights")!.IsLarge);
        Assert.Equal(2_999_994, Catalog.Find("flights")!.Rows);
        Assert.NotNull(Catalog.Find("credit-default")!.Generate);
    }

    [Fact]
    public void Names_AreUniqueLowerCaseAndCaseInsensitiveToFind()
    {
        Assert.Equal(Catalog.All.Count, Catalog.All.Select(d => d.Name).Distinct().Count());
        Assert.All(Catalog.All, d => Assert.Equal(d.Name.ToLowerInvariant(), d.Name));
        Assert.Same(Catalog.Find("penguins"), Catalog.Find("PENGUINS"));
        Assert.Null(Catalog.Find("iris"));
    }

    [Fact]
    public void CommittedFiles_ExistWithTheDocumentedRowCounts()
    {
        foreach (var dataset in Catalog.All.Where(d => !d.Fetched && d.Generate is null))
        {
            Assert.True(dataset.Available, dataset.UnavailableReason);
            var lines = File.ReadLines(Catalog.PathOf(dataset)).Count(l => l.Length > 0);
            Assert.Equal(dataset.Rows + 1, lines); // header + rows; none of these files has quoted newlines
        }
    }

    [Fact]
    public void Attribution_NamesEveryFileWithItsLicence()
    {
        var attribution = File.ReadAllText(Path.Combine(Catalog.Folder, "ATTRIBUTION.md"));

        foreach (var dataset in Catalog.All)
        {
            Assert.Contains(dataset.Generate is null ? dataset.File : dataset.Name, attribution);
            Assert.False(string.IsNullOrWhiteSpace(dataset.Licence));
            Assert.False(string.IsNullOrWhiteSpace(dataset.Attribution));
        }
        Assert.Contains("Suthaharan", attribution);
        Assert.Contains("CC BY 4.0", attribution);
        Assert.Contains("doi.org/10.24432/C5NC77", attribution);
    }

    [Fact]
    public void FetchedDatasets_AreAvailableOrSayWhy()
    {
        foreach (var dataset in Catalog.All.Where(d => d.Fetched))
        {
            Assert.Equal(File.Exists(Catalog.PathOf(dataset)), dataset.Available);
            if (!dataset.Available) Assert.Contains("npm", dataset.UnavailableReason);
            else if (dataset.Format == Workbench.Ml.Data.DataFormat.Csv)
                Assert.Equal(dataset.Rows + 1, File.ReadLines(Catalog.PathOf(dataset)).Count(l => l.Length > 0));
        }
    }

    [Fact]
    public void MissingFile_IsUnavailableWithAReason()
    {
        var empty = Directory.CreateTempSubdirectory("workbench-empty-");
        try
        {
            var catalog = new BuiltinCatalog(empty.FullName);

            Assert.All(catalog.All.Where(d => d.Generate is null), d => Assert.False(d.Available));
            Assert.True(catalog.Find("credit-default")!.Available); // generated, needs no file
            Assert.Contains("rebuild", catalog.Find("penguins")!.UnavailableReason);
            Assert.Contains("npm registry", catalog.Find("flights")!.UnavailableReason);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void GermanCredit_KeepsPersonalStatusAndDerivesSex()
    {
        var path = Catalog.PathOf(Catalog.Find("german-credit")!);
        var header = File.ReadLines(path).First().Split(',');
        var rows = File.ReadLines(path).Skip(1).Select(l => l.Split(',')).ToList();
        int status = Array.IndexOf(header, "personal_status"), sex = Array.IndexOf(header, "sex");

        Assert.Equal(status + 1, sex);
        Assert.All(rows, r => Assert.StartsWith(r[sex], r[status]));
        // pandas: (df['class']=='bad').mean() == 0.3; df[df.sex=='female'].shape[0] == 310
        Assert.Equal(300, rows.Count(r => r[^1] == "bad"));
        Assert.Equal(310, rows.Count(r => r[sex] == "female"));
    }
}
