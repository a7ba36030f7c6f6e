namespace Workbench.Ml.Scenarios;

/// <summary>The column names of the loan-default simulator's table.</summary>
public static class LoanColumns
{
    /// <summary>Column names, in table order.</summary>
    public const string Date = "date", Salary = "salary", Commission = "commission", Age = "age", Elevel = "elevel",
        Car = "car", Zipcode = "zipcode", Hvalue = "hvalue", Hyears = "hyears", Loan = "loan", DebtRatio = "debt_ratio",
        EmploymentYears = "employment_years", Group = "group", Default = "default";

    /// <summary>The feature columns (every column except the date and the label), which faults may touch.</summary>
    public static readonly IReadOnlyList<string> Features =
        [Salary, Commission, Age, Elevel, Car, Zipcode, Hvalue, Hyears, Loan, DebtRatio, EmploymentYears, Group];

    /// <summary>The regular zipcode levels "0" to "8".</summary>
    public static readonly IReadOnlyList<string> Zipcodes = ["0", "1", "2", "3", "4", "5", "6", "7", "8"];

    /// <summary>The levels of the sensitive group attribute.</summary>
    public const string GroupA = "A", GroupB = "B";
}
