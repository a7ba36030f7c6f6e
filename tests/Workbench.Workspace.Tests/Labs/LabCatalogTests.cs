using Workbench.Workspace.Labs;

namespace Workbench.Workspace.Tests.Labs;

public class LabCatalogTests
{
    private const string Sample = """
        ---
        number: 4
        title: Training data
        summary: Sample well.
        status: planned
        objectives:
          - Draw a stratified sample.
          - "Weigh coverage: against accuracy."
        settings:
          dataset: penguins
        ---
        Intro text.

        ## First step
        Do this.

        ```text
        ## not a step, inside a fence
        ```

        ## Second step
        <script>alert('x')</script> and <b>bold</b>
        """;

    [Fact]
    public void FrontMatter_IsRead()
    {
        var lab = LabCatalog.Parse("04-training-data", Sample);
        Assert.Equal("04-training-data", lab.Id);
        Assert.Equal(4, lab.Number);
        Assert.Equal("Training data", lab.Title);
        Assert.Equal("/labs/04-training-data", lab.Route);
        Assert.Equal(LabStatus.Planned, lab.Status);
        Assert.Equal(["Draw a stratified sample.", "Weigh coverage: against accuracy."], lab.Objectives);
        Assert.Equal("penguins", lab.Setting("dataset", "x"));
        Assert.Equal("fallback", lab.Setting("missing", "fallback"));
    }

    [Fact]
    public void Body_IsSplitAtHeadingsOutsideFences()
    {
        var lab = LabCatalog.Parse("04", Sample);
        Assert.Equal(["First step", "Second step"], lab.Steps.Select(s => s.Title));
        Assert.Contains("## not a step", lab.Steps[0].Html);
        Assert.Contains("Intro text.", lab.IntroHtml);
    }

    [Fact]
    public void RawHtml_IsRenderedAsText()
    {
        var html = LabCatalog.Parse("04", Sample).Steps[1].Html;
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void UnknownStatus_ThrowsWithFix()
    {
        var ex = Assert.Throws<FormatException>(() => LabCatalog.Parse("x", "---\ntitle: T\nnumber: 1\nstatus: soon\n---\n"));
        Assert.Contains("available", ex.Message);
    }

    [Fact]
    public void MissingFrontMatter_Throws() =>
        Assert.Throws<FormatException>(() => LabCatalog.Parse("x", "# Just markdown"));

    [Fact]
    public void BadLabFile_IsReportedWithItsLineAndOthersStillLoad()
    {
        var folder = Directory.CreateTempSubdirectory("wb-labs-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "01-good"));
            File.WriteAllText(Path.Combine(folder, "01-good", "lab.md"), "---\ntitle: Good\nnumber: 1\n---\n## Step\nText");
            Directory.CreateDirectory(Path.Combine(folder, "02-bad"));
            File.WriteAllText(Path.Combine(folder, "02-bad", "lab.md"), "---\ntitle: Bad\nnumber: 2\nobjectives:\n  - Read: this\n---\n");

            var snapshot = new LabCatalog(folder).Load();

            Assert.Equal("Good", Assert.Single(snapshot.Labs).Title);
            var problem = Assert.Single(snapshot.Problems);
            Assert.Contains("line 5", problem);
            Assert.Contains("02-bad", problem);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void RepositoryLabs_AllElevenLoadWithObjectives()
    {
        var folder = RepositoryLabsFolder();
        var snapshot = new LabCatalog(folder).Load();

        Assert.Empty(snapshot.Problems);
        Assert.Equal(Enumerable.Range(1, 11), snapshot.Labs.Select(l => l.Number));
        Assert.All(snapshot.Labs, l => Assert.NotEmpty(l.Objectives));
        var available = snapshot.Labs.Where(l => l.Status == LabStatus.Available).ToList();
        foreach (var id in new[] { "01-ml-systems", "02-data-engineering", "03-profiling", "05-feature-engineering", "06-model-development", "08-explainability", "10-distribution-shift" })
            Assert.Contains(id, available.Select(l => l.Id));
        Assert.All(available, l => Assert.Equal($"/labs/{l.Id}", l.Route));
        Assert.Equal("/labs/03-profiling", snapshot.Labs[2].Route);
    }

    [Theory]
    [InlineData("---\ntitle: T\nnumber: 1\ncolour: red\n---\n", "line 4, column 1: unknown field 'colour'")]
    [InlineData("---\ntitle: T\nnumber: one\n---\n", "line 3, column 9: 'number' must be a whole number")]
    [InlineData("---\ntitle: T\nnumber: 1\nsummary: \"open\n---\n", "line 4, column 10: this is not valid YAML")]
    [InlineData("---\ntitle: [a, b]\nnumber: 1\n---\n", "line 2, column 8: 'title' must be one text value")]
    [InlineData("---\ntitle: T\nnumber: 1\nsettings: loud\n---\n", "line 4, column 11: 'settings' must be indented")]
    [InlineData("---\n---\nBody", "the front matter is empty")]
    [InlineData("---\ntitle: T\nnumber: 1\n", "the front matter is not closed")]
    public void MalformedFrontMatter_NamesTheFileLineAndColumn(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => LabCatalog.Parse("x", text));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void WindowsLineEndsAndByteOrderMark_ParseLikePlainText()
    {
        var lab = LabCatalog.Parse("04", "\uFEFF" + Sample.ReplaceLineEndings("\r\n"));

        Assert.Equal("Training data", lab.Title);
        Assert.Equal(["First step", "Second step"], lab.Steps.Select(s => s.Title));
        Assert.Contains("## not a step", lab.Steps[0].Html);
        Assert.Equal("penguins", lab.Setting("dataset", "x"));
    }

    [Fact]
    public void ClosedHeadingMarks_AreNotPartOfTheStepTitle()
    {
        var lab = LabCatalog.Parse("x", "---\ntitle: T\nnumber: 1\n---\nIntro\n## Load the data ##\nText\n### Detail\nMore");

        var step = Assert.Single(lab.Steps);
        Assert.Equal("Load the data", step.Title);
        Assert.Contains("<h3", step.Html);
        Assert.Contains("Intro", lab.IntroHtml);
    }

    /// <summary>The repository's labs folder: the first folder above the test binary that holds Workbench.sln.</summary>
    private static string RepositoryLabsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Workbench.sln")))
                return Path.Combine(dir.FullName, "labs");
        throw new DirectoryNotFoundException("No Workbench.sln above " + AppContext.BaseDirectory);
    }
}
