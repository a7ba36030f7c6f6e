namespace Workbench.Ml.Pipelines.Formula;

/// <summary>A node of a parsed formula; evaluated row by row over numeric columns.</summary>
public abstract record FormulaNode
{
    /// <summary>The value for one row, given each column's value at that row.</summary>
    internal abstract double Evaluate(Func<string, double> column);

    /// <summary>The column names the formula reads, each once, in order of first use.</summary>
    public IReadOnlyList<string> Columns()
    {
        var names = new List<string>();
        Collect(names);
        return names;
    }

    internal abstract void Collect(List<string> names);
}

/// <summary>A number literal.</summary>
public sealed record NumberNode(double Value) : FormulaNode
{
    internal override double Evaluate(Func<string, double> column) => Value;
    internal override void Collect(List<string> names) { }
}

/// <summary>A column reference, written [name].</summary>
public sealed record ColumnNode(string Name) : FormulaNode
{
    internal override double Evaluate(Func<string, double> column) => column(Name);
    internal override void Collect(List<string> names) { if (!names.Contains(Name)) names.Add(Name); }
}

/// <summary>Negation.</summary>
public sealed record NegateNode(FormulaNode Operand) : FormulaNode
{
    internal override double Evaluate(Func<string, double> column) => -Operand.Evaluate(column);
    internal override void Collect(List<string> names) => Operand.Collect(names);
}

/// <summary>A binary operation: '+', '-', '*' or '/'; division by zero gives NaN.</summary>
public sealed record BinaryNode(char Operator, FormulaNode Left, FormulaNode Right) : FormulaNode
{
    internal override double Evaluate(Func<string, double> column)
    {
        double a = Left.Evaluate(column), b = Right.Evaluate(column);
        return Operator switch
        {
            '+' => a + b,
            '-' => a - b,
            '*' => a * b,
            _ => b == 0 ? double.NaN : a / b,
        };
    }

    internal override void Collect(List<string> names) { Left.Collect(names); Right.Collect(names); }
}

/// <summary>A function call: log (natural), exp, sqrt or abs; log and sqrt of negative numbers give NaN.</summary>
public sealed record FunctionNode(string Function, FormulaNode Argument) : FormulaNode
{
    /// <summary>The functions the language knows.</summary>
    public static readonly IReadOnlyList<string> Known = ["log", "exp", "sqrt", "abs"];

    internal override double Evaluate(Func<string, double> column)
    {
        var x = Argument.Evaluate(column);
        return Function switch
        {
            "log" => Math.Log(x),
            "exp" => Math.Exp(x),
            "sqrt" => Math.Sqrt(x),
            _ => Math.Abs(x),
        };
    }

    internal override void Collect(List<string> names) => Argument.Collect(names);
}
