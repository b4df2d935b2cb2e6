using System.Text.Json;
using FluentValidation;

namespace ServiceDefaults.Validation;

/// <summary>
/// Makes FluentValidation key errors (and name fields in messages) by the camelCase JSON name, so
/// the <c>errors</c> of a validation problem match the fields the client sent.
/// </summary>
public static class CamelCaseNames
{
    public static void Apply()
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
    }
}
