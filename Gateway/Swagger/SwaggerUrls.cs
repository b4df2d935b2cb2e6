using System.Collections;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace Gateway.Swagger;

/// <summary>The Swagger UI's document list, read afresh on every page load so reloads of the route file show up.</summary>
internal sealed class SwaggerUrls(Func<SwaggerDocumentService> documents) : IEnumerable<UrlDescriptor>
{
    public IEnumerator<UrlDescriptor> GetEnumerator() =>
        documents().Services().Select(s => new UrlDescriptor { Name = s, Url = $"/swagger/docs/{Uri.EscapeDataString(s)}/swagger.json" }).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
