using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PostService.Models;
using PostService.Validation;

namespace PostService.Data.Configurations;

/// <summary>Table, limits and the two listing indexes of <see cref="Post"/>.</summary>
internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public const string AuthorListingIndex = "IX_Posts_AuthorId_CreatedAt_Id";
    public const string GlobalListingIndex = "IX_Posts_CreatedAt_Id";

    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable("Posts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(PostRules.TitleMaxLength).IsRequired();
        builder.Property(p => p.Body).HasMaxLength(PostRules.BodyMaxLength).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();

        // Keyset listings seek on these and read them in order, so a deep page costs what the
        // first page costs: per author, and across all authors.
        builder.HasIndex(p => new { p.AuthorId, p.CreatedAt, p.Id }).HasDatabaseName(AuthorListingIndex);
        builder.HasIndex(p => new { p.CreatedAt, p.Id }).HasDatabaseName(GlobalListingIndex);
    }
}
