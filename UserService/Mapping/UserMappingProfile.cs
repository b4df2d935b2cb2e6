using AutoMapper;
using Shared.Contracts.Users;
using UserService.Models;
using UserService.Services;

namespace UserService.Mapping;

/// <summary>Entity-to-contract maps; all of them are also used in SQL projections (ProjectTo).</summary>
internal sealed class UserMappingProfile : Profile
{
    public UserMappingProfile()
    {
        CreateMap<User, UserResponse>();
        CreateMap<User, PublicUserResponse>();
        CreateMap<User, VersionedRow<UserResponse>>().ForMember(row => row.Value, member => member.MapFrom(user => user));
        CreateMap<User, VersionedRow<PublicUserResponse>>().ForMember(row => row.Value, member => member.MapFrom(user => user));
    }
}
