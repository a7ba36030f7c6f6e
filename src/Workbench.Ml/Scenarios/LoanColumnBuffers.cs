using Workbench.Ml.Data;

namespace Workbench.Ml.Scenarios;

/// <summary>The column arrays the generator fills in place, one slot per row.</summary>
internal sealed class LoanColumnBuffers(int rows)
{
    public readonly double[] Date = new double[rows], Salary = new double[rows], Commission = new double[rows],
        Age = new double[rows], Elevel = new double[rows], Car = new double[rows], Hvalue = new double[rows],
        Hyears = new double[rows], Loan = new double[rows], DebtRatio = new double[rows],
        EmploymentYears = new double[rows], Default = new double[rows];
    public readonly string?[] Zipcode = new string?[rows], Group = new string?[rows];

    /// <summary>The text of a zipcode index; index 9 is the new level.</summary>
    public static string ZipcodeLevel(int zipcode, string? newLevel) =>
        zipcode == LoanRow.NewZipcode ? newLevel! : LoanColumns.Zipcodes[zipcode];

    /// <summary>Marks the value of <paramref name="column"/> at <paramref name="row"/> as missing.</summary>
    public void SetMissing(string column, int row)
    {
        switch (column)
        {
            case LoanColumns.Zipcode: Zipcode[row] = null; break;
            case LoanColumns.Group: Group[row] = null; break;
            default: Numbers(column)[row] = double.NaN; break;
        }
    }

    private double[] Numbers(string column) => column switch
    {
        LoanColumns.Salary => Salary, LoanColumns.Commission => Commission, LoanColumns.Age => Age,
        LoanColumns.Elevel => Elevel, LoanColumns.Car => Car, LoanColumns.Hvalue => Hvalue,
        LoanColumns.Hyears => Hyears, LoanColumns.Loan => Loan, LoanColumns.DebtRatio => DebtRatio,
        LoanColumns.EmploymentYears => EmploymentYears,
        _ => throw new ArgumentException($"Column '{column}' is not a numeric feature.", nameof(column)),
    };

    /// <summary>The finished table.</summary>
    public TabularData ToTable(string name) => new(name,
    [
        DataColumn.Numeric(LoanColumns.Date, ColumnType.Date, Date),
        DataColumn.Numeric(LoanColumns.Salary, ColumnType.Real, Salary),
        DataColumn.Numeric(LoanColumns.Commission, ColumnType.Real, Commission),
        DataColumn.Numeric(LoanColumns.Age, ColumnType.Integer, Age),
        DataColumn.Numeric(LoanColumns.Elevel, ColumnType.Integer, Elevel),
        DataColumn.Numeric(LoanColumns.Car, ColumnType.Integer, Car),
        DataColumn.Text(LoanColumns.Zipcode, ColumnType.Categorical, Zipcode),
        DataColumn.Numeric(LoanColumns.Hvalue, ColumnType.Real, Hvalue),
        DataColumn.Numeric(LoanColumns.Hyears, ColumnType.Integer, Hyears),
        DataColumn.Numeric(LoanColumns.Loan, ColumnType.Real, Loan),
        DataColumn.Numeric(LoanColumns.DebtRatio, ColumnType.Real, DebtRatio),
        DataColumn.Numeric(LoanColumns.EmploymentYears, ColumnType.Integer, EmploymentYears),
        DataColumn.Text(LoanColumns.Group, ColumnType.Categorical, Group),
        DataColumn.Numeric(LoanColumns.Default, ColumnType.Boolean, Default),
    ]);
}
