namespace ConnectorSdk.Rules.Certification;

/// <summary>
/// "Did you mean" for a name written nearly right: a candidate that differs only in letter case, else the one
/// candidate closest by edit distance (a letter wrong, missing or extra, or two neighbours swapped), ignoring
/// case, when it is close: one edit for names of up to 7 characters, two for longer ones.
/// </summary>
internal static class Spelling
{
    /// <summary>The candidate <paramref name="name"/> most likely means, or null when none is close or two are equally close.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        var limit = name.Length < 8 ? 1 : 2;
        string? best = null;
        var bestDistance = limit + 1;
        var tied = false;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            var distance = Distance(name, candidate, limit);
            if (distance < bestDistance)
            {
                (best, bestDistance, tied) = (candidate, distance, false);
            }
            else if (distance == bestDistance)
            {
                tied = true;
            }
        }

        return tied ? null : best;
    }

    /// <summary>The optimal string alignment distance, ignoring case; any value above <paramref name="limit"/> means "too far".</summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Three rows of the dynamic programming table: two back (for swaps), one back, and the current one.
        var twoBack = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                {
                    current[j] = Math.Min(current[j], twoBack[j - 2] + 1);
                }
            }

            (twoBack, previous, current) = (previous, current, twoBack);
        }

        return previous[b.Length];
    }

    private static bool Same(char a, char b) => char.ToLowerInvariant(a) == char.ToLowerInvariant(b);
}
