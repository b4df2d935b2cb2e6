using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UserService.Models;

namespace UserService.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public const int UserNameMaxLength = 32;
    public const int EmailMaxLength = 254;
    public const int DisplayNameMaxLength = 100;
    public const int BioMaxLength = 500;

    public void Configure(EntityTypeBuilder<User> user)
    {
        user.ToTable("Users");
        user.HasKey(u => u.Id);
        user.Property(u => u.Id).ValueGeneratedNever();
        user.Property(u => u.UserName).HasMaxLength(UserNameMaxLength).IsRequired();
        user.Property(u => u.NormalizedUserName).HasMaxLength(UserNameMaxLength).IsRequired();
        user.Property(u => u.Email).HasMaxLength(EmailMaxLength).IsRequired();
        user.Property(u => u.NormalizedEmail).HasMaxLength(EmailMaxLength).IsRequired();
        user.Property(u => u.DisplayName).HasMaxLength(DisplayNameMaxLength).IsRequired();
        user.Property(u => u.Bio).HasMaxLength(BioMaxLength);
        user.Property(u => u.PasswordHash).HasMaxLength(512).IsRequired();
        user.Property(u => u.Version).IsConcurrencyToken();

        user.HasIndex(u => u.NormalizedUserName).IsUnique();
        user.HasIndex(u => u.NormalizedEmail).IsUnique();

        // Backs the keyset pagination: ORDER BY CreatedAt, Id with a (CreatedAt, Id) > cursor seek.
        user.HasIndex(u => new { u.CreatedAt, u.Id });
    }
}
