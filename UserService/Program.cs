using ServiceDefaults.Extensions;
using UserService.Data;
using UserService.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddUserServiceData();
builder.AddUserServiceMapping();
builder.AddUserServiceApplication();
builder.AddUserServiceAuthentication();
builder.AddUserServiceApi();

var app = builder.Build();

if (await app.ApplyMigrationsAsync<UsersDbContext>(args))
{
    return 0;
}

app.UseServiceDefaults();
app.MapUserServiceApi();

await app.RunAsync();
return 0;

/// <summary>The entry point; public so integration tests can host the service.</summary>
public partial class Program;
