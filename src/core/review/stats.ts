import type { Level, PostingAnalysis } from '../types.ts';

export interface SkillStat {
  id: string;
  name: string;
  category: string;
  /** Postings in which the skill's strongest level is each level. */
  required: number;
  preferred: number;
  mentioned: number;
  postings: number;
}

export interface PairStat {
  a: string;
  b: string;
  /** Postings that require or prefer both. */
  count: number;
}

export interface RepoStats {
  postings: number;
  skills: SkillStat[];
  pairs: PairStat[];
}

/** Skill indexes in a pair key: a * PAIR_BASE + b (exact in a double up to 2^26 skills). */
const PAIR_BASE = 1 << 26;

/** What a worker thread posts back: plain arrays, structured-clone-able. */
export interface StatsSnapshot {
  postings: number;
  skills: [string, SkillStat][];
  pairs: [string, number][];
}

/**
 * Skill frequency across many postings. Accumulators merge, so worker threads can each count a share
 * of the repository and the main thread adds them up.
 */
export class StatsAccumulator {
  postings = 0;
  readonly skills = new Map<string, SkillStat>();
  /**
   * Pair counts by a number made of the two skills' indexes in `ids` (a posting that asks for 40
   * skills adds 780 pairs: numbers spare building a string key for each). `pairs` names them.
   */
  readonly #pairCounts = new Map<number, number>();
  readonly #ids: string[] = [];
  readonly #index = new Map<string, number>();

  /** Pair counts keyed `a\u0000b` (a < b). */
  get pairs(): Map<string, number> {
    const named = new Map<string, number>();
    for (const [k, n] of this.#pairCounts) {
      const a = this.#ids[Math.floor(k / PAIR_BASE)]!;
      const b = this.#ids[k % PAIR_BASE]!;
      named.set(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`, n);
    }
    return named;
  }

  #indexOf(id: string): number {
    let i = this.#index.get(id);
    if (i === undefined) {
      i = this.#ids.push(id) - 1;
      this.#index.set(id, i);
    }
    return i;
  }

  #count(a: number, b: number, n: number): void {
    const k = a < b ? a * PAIR_BASE + b : b * PAIR_BASE + a;
    this.#pairCounts.set(k, (this.#pairCounts.get(k) ?? 0) + n);
  }

  add(analysis: PostingAnalysis): this {
    this.postings++;
    const asked: number[] = [];
    for (const s of analysis.skills) {
      const stat = this.skills.get(s.id) ?? { id: s.id, name: s.name, category: s.category, required: 0, preferred: 0, mentioned: 0, postings: 0 };
      stat[s.level satisfies Level]++;
      stat.postings++;
      this.skills.set(s.id, stat);
      // A skill appears once per posting (analyzePosting merges its mentions), so no pair repeats.
      if (s.level !== 'mentioned') asked.push(this.#indexOf(s.id));
    }
    for (let i = 0; i < asked.length; i++) {
      for (let j = i + 1; j < asked.length; j++) this.#count(asked[i]!, asked[j]!, 1);
    }
    return this;
  }

  merge(other: StatsSnapshot): this {
    this.postings += other.postings;
    for (const [id, s] of other.skills) {
      const mine = this.skills.get(id);
      if (!mine) this.skills.set(id, { ...s });
      else for (const f of ['required', 'preferred', 'mentioned', 'postings'] as const) mine[f] += s[f];
    }
    for (const [k, n] of other.pairs) {
      const [a, b] = k.split('\u0000') as [string, string];
      this.#count(this.#indexOf(a), this.#indexOf(b), n);
    }
    return this;
  }

  /** A plain, structured-clone-able snapshot (what a worker posts back). */
  snapshot(): StatsSnapshot {
    return { postings: this.postings, skills: [...this.skills], pairs: [...this.pairs] };
  }

  result(topPairs = 20): RepoStats {
    const skills = [...this.skills.values()].sort((x, y) => y.postings - x.postings || y.required - x.required || x.name.localeCompare(y.name));
    const pairs = [...this.#pairCounts]
      .map(([k, count]) => {
        const [x, y] = [this.#ids[Math.floor(k / PAIR_BASE)]!, this.#ids[k % PAIR_BASE]!];
        return x < y ? { a: x, b: y, count } : { a: y, b: x, count };
      })
      .sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
      .slice(0, topPairs);
    return { postings: this.postings, skills, pairs };
  }
}
