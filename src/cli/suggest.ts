/** "Did you mean …" for glossary terms: edit distance over names, aliases and ids. */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

export interface SuggestionCandidate {
  /** What is shown ("Kubernetes"). */
  label: string;
  /** Spellings compared against the term (name, aliases, id). */
  spellings: readonly string[];
}

/** Up to `limit` labels close to `term`, closest first. */
export function suggest(term: string, candidates: readonly SuggestionCandidate[], limit = 3): string[] {
  const t = fold(term);
  if (!t) return [];
  const maxDistance = Math.max(1, Math.floor(t.length / 3));
  const scored: { label: string; score: number }[] = [];
  for (const c of candidates) {
    let best = Infinity;
    for (const s of c.spellings) {
      const f = fold(s);
      if (!f) continue;
      let score = editDistance(t, f);
      // A prefix of a longer name ("kube" → Kubernetes) is a good hint too.
      if (score > maxDistance && t.length >= 3 && f.startsWith(t)) score = maxDistance + 0.5;
      best = Math.min(best, score);
    }
    if (best <= maxDistance + 0.5) scored.push({ label: c.label, score: best });
  }
  scored.sort((a, b) => a.score - b.score || a.label.localeCompare(b.label));
  return [...new Set(scored.map((s) => s.label))].slice(0, limit);
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
}
