namespace Karmada.Orleans.ApiServer.Tables;

/// <summary>Kubernetes' short human durations as the AGE column prints them: 5s, 3m10s, 17m, 5h3m, 2d4h, 90d, 2y30d.</summary>
public static class HumanDuration
{
    public static string Format(TimeSpan d)
    {
        if (d < TimeSpan.Zero)
        {
            d = TimeSpan.Zero;
        }

        var seconds = (long)d.TotalSeconds;
        var minutes = seconds / 60;
        var hours = minutes / 60;
        var days = hours / 24;
        var years = days / 365;
        if (seconds < 60 * 2)
        {
            return $"{seconds}s";
        }

        if (minutes < 10)
        {
            return seconds % 60 == 0 ? $"{minutes}m" : $"{minutes}m{seconds % 60}s";
        }

        if (minutes < 60 * 3)
        {
            return $"{minutes}m";
        }

        if (hours < 8)
        {
            return minutes % 60 == 0 ? $"{hours}h" : $"{hours}h{minutes % 60}m";
        }

        if (hours < 48)
        {
            return $"{hours}h";
        }

        if (hours < 24 * 8)
        {
            return hours % 24 == 0 ? $"{days}d" : $"{days}d{hours % 24}h";
        }

        if (days < 365 * 2)
        {
            return $"{days}d";
        }

        if (days < 365 * 8)
        {
            return days % 365 == 0 ? $"{years}y" : $"{years}y{days % 365}d";
        }

        return $"{years}y";
    }

    public static string Age(JsonNodeAccessor obj, DateTimeOffset now) =>
        obj.String("metadata", "creationTimestamp") is { } created && DateTimeOffset.TryParse(created, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? Format(now - at)
            : "<unknown>";
}
