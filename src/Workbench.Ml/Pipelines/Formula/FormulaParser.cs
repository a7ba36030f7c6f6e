using System.Globalization;

namespace Workbench.Ml.Pipelines.Formula;

/// <summary>Parses the formula language of derived columns into a <see cref="FormulaNode"/> tree (no code is evaluated).</summary>
/// <remarks>Grammar: numbers (1, 2.5, 1e-3), column names in brackets ([income]), + − × ÷ (also written - * /),
/// parentheses, unary minus, and the functions log (natural), exp, sqrt and abs, e.g. <c>log([income] + 1) / [age]</c>.
/// Multiplication and division bind tighter than addition and subtraction; operators of one level group left to right.</remarks>
public sealed class FormulaParser
{
    private const int MaxLength = 10_000, MaxDepth = 100;
    private readonly string text;
    private int pos;
    private int depth;

    private FormulaParser(string text) => this.text = text;

    /// <summary>Parses <paramref name="formula"/>.</summary>
    /// <exception cref="PipelineException">A syntax error; <see cref="PipelineException.Position"/> is its zero-based
    /// character position and the message gives it one-based.</exception>
    public static FormulaNode Parse(string? formula)
    {
        if (string.IsNullOrWhiteSpace(formula)) throw Fail("The formula is empty. Write an expression such as [a] / [b].", 0);
        if (formula.Length > MaxLength) throw Fail($"The formula is longer than {MaxLength} characters.", MaxLength);
        var parser = new FormulaParser(formula);
        var node = parser.Sum();
        parser.SkipSpace();
        if (parser.pos < formula.Length)
            throw parser.Error(formula[parser.pos] == ')' ? "there is a ')' without a matching '('" : $"unexpected '{formula[parser.pos]}'; expected an operator");
        return node;
    }

    private FormulaNode Sum()
    {
        var left = Product();
        while (Accept('+', '+') || Accept('-', '−'))
        {
            var op = text[pos - 1] == '+' ? '+' : '-';
            left = new BinaryNode(op, left, Product());
        }
        return left;
    }

    private FormulaNode Product()
    {
        var left = Unary();
        while (Accept('*', '×') || Accept('/', '÷'))
        {
            var op = text[pos - 1] is '*' or '×' ? '*' : '/';
            left = new BinaryNode(op, left, Unary());
        }
        return left;
    }

    private FormulaNode Unary()
    {
        if (++depth > MaxDepth) throw Error($"the formula nests more than {MaxDepth} levels deep");
        try
        {
            if (Accept('-', '−')) return new NegateNode(Unary());
            if (Accept('+', '+')) return Unary();
            return Primary();
        }
        finally { depth--; }
    }

    private FormulaNode Primary()
    {
        SkipSpace();
        if (pos >= text.Length) throw Error("the formula ends where a number, [column], function or '(' was expected");
        var c = text[pos];
        if (c == '(') { pos++; var inner = Sum(); Expect(')', "a ')' to close the '('"); return inner; }
        if (c == '[') return Column();
        if (char.IsAsciiDigit(c) || c == '.') return Number();
        if (char.IsAsciiLetter(c)) return Function();
        throw Error($"unexpected '{c}'; expected a number, [column], function or '('");
    }

    private FormulaNode Column()
    {
        var start = pos++;
        var close = text.IndexOf(']', pos);
        if (close < 0) { pos = start; throw Error("the '[' is never closed; write column names as [name]"); }
        var name = text[pos..close];
        if (name.Length == 0) { pos = start; throw Error("the brackets are empty; write a column name inside, as [name]"); }
        pos = close + 1;
        return new ColumnNode(name);
    }

    private FormulaNode Number()
    {
        var start = pos;
        while (pos < text.Length && (char.IsAsciiDigit(text[pos]) || text[pos] == '.')) pos++;
        if (pos < text.Length && (text[pos] | 0x20) == 'e')
        {
            var save = pos++;
            if (pos < text.Length && text[pos] is '+' or '-') pos++;
            if (pos < text.Length && char.IsAsciiDigit(text[pos])) while (pos < text.Length && char.IsAsciiDigit(text[pos])) pos++;
            else pos = save;
        }
        if (!double.TryParse(text.AsSpan(start, pos - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            pos = start;
            throw Error($"'{text[start..(start + Math.Max(1, pos - start))]}' is not a number");
        }
        return new NumberNode(value);
    }

    private FormulaNode Function()
    {
        var start = pos;
        while (pos < text.Length && char.IsAsciiLetterOrDigit(text[pos])) pos++;
        var name = text[start..pos];
        if (!FunctionNode.Known.Contains(name.ToLowerInvariant()))
        {
            pos = start;
            throw Error($"unknown name '{name}'; the functions are {string.Join(", ", FunctionNode.Known)}, and column names go in brackets, as [{name}]");
        }
        Expect('(', $"'(' after {name}");
        var argument = Sum();
        Expect(')', $"a ')' to close {name}(");
        return new FunctionNode(name.ToLowerInvariant(), argument);
    }

    private bool Accept(char a, char b)
    {
        SkipSpace();
        if (pos < text.Length && (text[pos] == a || text[pos] == b)) { pos++; return true; }
        return false;
    }

    private void Expect(char c, string what)
    {
        if (!Accept(c, c)) throw Error(pos < text.Length ? $"expected {what} but found '{text[pos]}'" : $"the formula ends where {what} was expected");
    }

    private void SkipSpace() { while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++; }

    private PipelineException Error(string what) => Fail($"Formula error at character {pos + 1}: {what}.", pos);

    private static PipelineException Fail(string message, int position) => new(message, null, position);
}
