using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Training;

public class TrainerCatalogTests
{
    [Fact]
    public void Find_IsCaseInsensitiveAndListsNamesWhenUnknown()
    {
        Assert.Equal("LightGbm", TrainerCatalog.Find("lightgbm").Name);
        var error = Assert.Throws<TrainingException>(() => TrainerCatalog.Find("Xgb"));
        Assert.Contains("FastTree", error.Message);
    }

    [Fact]
    public void For_GivesBaselinesForEveryTask()
    {
        Assert.Contains(TrainerCatalog.For(TaskKind.Binary), d => d.Name == "MostFrequent");
        Assert.Contains(TrainerCatalog.For(TaskKind.Multiclass), d => d.Name == "Prior");
        Assert.Contains(TrainerCatalog.For(TaskKind.Regression), d => d.Name == "Median");
        Assert.DoesNotContain(TrainerCatalog.For(TaskKind.Regression), d => d.Name == "LbfgsLogisticRegression");
    }

    [Fact]
    public void Resolve_FillsDefaultsAndNormalisesValues()
    {
        var values = TrainerCatalog.Resolve(TrainerCatalog.Find("FastTree"), new Dictionary<string, string> { ["numberoftrees"] = " 50 " });
        Assert.Equal("50", values["NumberOfTrees"]);
        Assert.Equal("20", values["NumberOfLeaves"]);
        Assert.Equal("0.2", values["LearningRate"]);
        Assert.Equal("auto", TrainerCatalog.Resolve(TrainerCatalog.Find("Sdca"), null)["L2Regularization"]);
    }

    [Theory]
    [InlineData("NumberOfTrees", "0", "outside its valid range 1 to 100000")]
    [InlineData("NumberOfTrees", "2.5", "whole number")]
    [InlineData("LearningRate", "abc", "LearningRate of FastTree is 'abc'")]
    [InlineData("CategoricalSplit", "maybe", "true or false")]
    [InlineData("Depth", "3", "no hyperparameter 'Depth'")]
    public void ResolveWithBadValue_ThrowsNamingParameterAndRange(string name, string value, string expected)
    {
        var error = Assert.Throws<TrainingException>(() =>
            TrainerCatalog.Resolve(TrainerCatalog.Find("FastTree"), new Dictionary<string, string> { [name] = value }));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void EveryDefault_PassesItsOwnValidation()
    {
        foreach (var trainer in TrainerCatalog.All)
        {
            var values = TrainerCatalog.Resolve(trainer, trainer.Parameters.ToDictionary(p => p.Name, p => p.Default));
            Assert.Equal(trainer.Parameters.Select(p => p.Default), trainer.Parameters.Select(p => values[p.Name]));
            Assert.All(trainer.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Help)));
        }
    }
}
