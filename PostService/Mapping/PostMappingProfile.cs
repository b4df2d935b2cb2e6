using AutoMapper;
using PostService.Models;
using PostService.Services;
using Shared.Contracts.Posts;

namespace PostService.Mapping;

/// <summary>Entity to contract. Also used by <c>ProjectTo</c>, so every member must translate to SQL.</summary>
internal sealed class PostMappingProfile : Profile
{
    public PostMappingProfile()
    {
        CreateMap<Post, PostResponse>();
        CreateMap<Post, VersionedPost>()
            .ForCtorParam(nameof(VersionedPost.Post), options => options.MapFrom(post => post));
    }
}
