namespace Cooperation.WorkingGroup.Reviews;

internal static class ReviewsRegistration
{
    public static IServiceCollection AddReviews(this IServiceCollection services) =>
        services.AddSingleton<StatementReviewRepository>();
}
