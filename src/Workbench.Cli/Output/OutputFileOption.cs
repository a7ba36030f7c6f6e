using System.CommandLine;
using Workbench.Ml.Data;

namespace Workbench.Cli.Output;

/// <summary>The <c>--out FILE</c> and <c>--force</c> options of a command that writes a file, checked by
/// <see cref="SafeOutputFile"/> before the command does any work.</summary>
public sealed class OutputFileOption
{
    /// <summary>The options, <c>--out</c> required or not; a CSV output also gets <c>--no-formula-escape</c>.</summary>
    public OutputFileOption(string description, string helpName, bool required = true, bool csv = false)
    {
        Out = new Option<string>("--out") { Description = description, HelpName = helpName, Required = required };
        Force = new Option<bool>("--force") { Description = "Replace the --out file if it exists (a read-only file is never replaced)." };
        if (csv) NoFormulaEscape = new Option<bool>(NoFormulaEscapeName) { Description = NoFormulaEscapeHelp };
    }

    /// <summary>The name of the option that turns formula escaping off.</summary>
    public const string NoFormulaEscapeName = "--no-formula-escape";

    /// <summary>Its help text.</summary>
    public const string NoFormulaEscapeHelp = "Write text cells that start with =, +, -, @, tab or CR as they are, for programs " +
        "that read the file back. By default such a cell gets a leading apostrophe (and quotes) so a spreadsheet shows it " +
        "as text instead of running it as a formula; numbers such as -3.5 are never changed.";

    /// <summary><c>--no-formula-escape</c>, for CSV outputs.</summary>
    public Option<bool>? NoFormulaEscape { get; }

    /// <summary><c>--out FILE</c>.</summary>
    public Option<string> Out { get; }

    /// <summary><c>--force</c>.</summary>
    public Option<bool> Force { get; }

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Out);
        command.Options.Add(Force);
        if (NoFormulaEscape is not null) command.Options.Add(NoFormulaEscape);
    }

    /// <summary>What to do with formula cells: escape them unless --no-formula-escape was given.</summary>
    public FormulaCells Formulas(ParseResult parse) =>
        NoFormulaEscape is not null && parse.GetValue(NoFormulaEscape) ? FormulaCells.AsIs : FormulaCells.Escape;

    /// <summary>Whether --force was given.</summary>
    public bool Overwrite(ParseResult parse) => parse.GetValue(Force);

    /// <summary>The checked, resolved --out path, or null when it was not given; never the workspace of the run nor
    /// one of <paramref name="inputs"/>.</summary>
    public string? Target(ParseResult parse, params string?[] inputs) =>
        parse.GetValue(Out) is { } value
            ? SafeOutputFile.Check(value, Overwrite(parse), CliContext.WorkspacePath(parse), inputs)
            : null;
}
