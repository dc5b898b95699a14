using System;

namespace BiometricConsent.Tests;

public class PreconditionsTests
{
    [Fact]
    public void CheckNotNull_returns_the_argument_or_throws_with_the_parameter_name_and_message()
    {
        var value = "x";
        Assert.Same(value, Preconditions.CheckNotNull(value, "value"));
        var plain = Assert.Throws<ArgumentNullException>(() => Preconditions.CheckNotNull<string>(null, "value"));
        Assert.Equal("value", plain.ParamName);
        Assert.Equal(new ArgumentNullException("value").Message, plain.Message);
        var withMessage = Assert.Throws<ArgumentNullException>(() => Preconditions.CheckNotNull<string>(null, "items", "An item is null."));
        Assert.Equal("items", withMessage.ParamName);
        Assert.Equal(new ArgumentNullException("items", "An item is null.").Message, withMessage.Message);
    }

    [Fact]
    public void CheckArgument_throws_only_when_the_condition_fails()
    {
        Preconditions.CheckArgument(true, "value", "Never thrown.");
        var e = Assert.Throws<ArgumentException>(() => Preconditions.CheckArgument(false, "value", "Must not be empty."));
        Assert.Equal("value", e.ParamName);
        Assert.Equal(new ArgumentException("Must not be empty.", "value").Message, e.Message);
    }
}
