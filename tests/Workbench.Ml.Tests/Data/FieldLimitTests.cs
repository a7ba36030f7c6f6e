using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Data;

public class FieldLimitTests
{
    private static IReadOnlyList<string?[]> ReadAll(string text, int maxChars, string extension = ".csv")
    {
        using var file = TempFile.WithText(text, extension);
        var source = DataFileReader.Open(file.Path, new ReadOptions(MaxFieldChars: maxChars));
        TypeInference.Analyze(source);
        return source.ReadRows().ToList();
    }

    [Fact]
    public void CsvValueOverTheLimit_IsRefusedWithItsLineAndColumn()
    {
        var text = "id,notes\n1,short\n2,\"" + new string('x', 1001) + "\"\n";

        var e = Assert.Throws<DataImportException>(() => ReadAll(text, 1000));

        Assert.Equal(3, e.Line);
        Assert.StartsWith("Line 3, column 'notes': a value of 1,001 characters is longer than the import limit of 1,000 characters per value.", e.Message);
        Assert.Contains("Workbench:MaxFieldCharacters", e.Message);
        Assert.Contains("--max-field-chars", e.Message);
    }

    [Fact]
    public void ValueAtTheLimitInMultibyteCharacters_IsAccepted()
    {
        // 1,000 characters of 2 bytes each: more bytes than the limit, but not more characters.
        var rows = ReadAll("id,notes\n1," + new string('é', 1000) + "\n", 1000);

        Assert.Equal(new string('é', 1000), rows[0][1]);
    }

    [Fact]
    public void JsonValueOverTheLimit_IsRefused()
    {
        var text = "[{\"id\": 1, \"notes\": \"ok\"}, {\"id\": 2, \"notes\": \"" + new string('y', 50) + "\"}]";

        var e = Assert.Throws<DataImportException>(() => ReadAll(text, 20, ".json"));

        Assert.Contains("column 'notes': a value of 50 characters", e.Message);
    }

    [Fact]
    public void DefaultLimit_AcceptsAMebiCharacterAndRefusesOneMore()
    {
        Assert.Equal(1_048_576, new ReadOptions().MaxFieldChars);
        var rows = ReadAll("id,notes\n1," + new string('z', 1_048_576) + "\n", new ReadOptions().MaxFieldChars);
        Assert.Equal(1_048_576, rows[0][1]!.Length);
        var e = Assert.Throws<DataImportException>(() => ReadAll("id,notes\n1," + new string('z', 1_048_577) + "\n", new ReadOptions().MaxFieldChars));
        Assert.Contains("1,048,577 characters", e.Message);
    }
}
