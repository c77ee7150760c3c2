/** Help texts, kept together so they read as one manual. */

export const MAIN_HELP = `posting-lens — read a job posting like code: sections, skills and requirements

Usage:
  posting-lens extract [paths | dirs | globs | -] [options]
  posting-lens extract --stdin-jsonl [options] < postings.jsonl
  posting-lens define TERM [--format text|json]
  posting-lens check [paths] [--format stylish|json|sarif|github] [--max-warnings N] [--fix]
  posting-lens stats [paths] [--format table|csv|json] [--top N]
  posting-lens diff A B | posting-lens diff --git REV -- PATH [--format text|markdown|json]

Commands:
  extract   Sections, skills (required / preferred / mentioned) and requirements of postings
  define    Print the glossary entry of a technical term
  check     Review postings with the rules of .postinglens.yaml (missing pay range, degree without
            an equivalent route, page debris, …); exit code 1 on errors, for CI
  stats     Skill frequency across a repository of postings, by level, and skills asked for together
  diff      What changed between two versions of a posting: sections, skills and levels, years, degrees

Options:
  -h, --help     Show help (also: posting-lens <command> --help)
  -v, --version  Print the version

Exit codes: 0 ok; 1 check found errors (or more warnings than --max-warnings); 2 usage error, or an
input that could not be processed (reported on stderr).
`;

export const EXTRACT_HELP = `posting-lens extract — analyse postings

Usage:
  posting-lens extract [paths | dirs | globs | -] [options]
  posting-lens extract --stdin-jsonl [options]

Inputs:
  file       Any file, read as UTF-8 (BOM allowed) or UTF-16 with a BOM
  dir        Walked recursively for .txt .md .markdown .posting .jd files (hidden entries skipped)
  glob       Expanded by posting-lens itself: *, ?, [abc], {md,txt}, ** (quote it: 'jobs/**/*.md')
  -          Read one posting from stdin

Options:
  -f, --format FORMAT     table (default), json, jsonl, yaml, markdown, csv
  -g, --glossary FILE     A glossary (YAML) merged over the built-in one; repeatable
  -l, --level LEVELS      Keep only skills at these levels: required, preferred, mentioned
                          (comma-separated, e.g. --level required,preferred)
      --no-noise          Leave out page debris sections ("Apply", "Save", upsell lines)
      --input-format F    auto (default: by extension and content), markdown, text
  -o, --out FILE          Write the output to FILE instead of stdout
      --max-size SIZE     Skip files larger than SIZE (default 5MB; e.g. 500k, 20MB)
  -j, --jobs N            Analyse on N worker threads (or auto: one per CPU); output order is kept
      --stdin-jsonl       Read lines {"id": "...", "text": "..."} from stdin and write one JSON result
                          line per input line, same id, as they come (for xargs, Spark's pipe(), …).
                          A bad line gives {"id": ..., "line": N, "error": "..."} and the run goes on.
      --strict            With --stdin-jsonl: exit 2 when any line failed (default: exit 0, errors in-band)
      --color, --no-color Force colours on or off (default: on for a terminal; NO_COLOR and FORCE_COLOR honoured)
  -h, --help              Show this help

Exit codes: 0 when every input was processed; 2 on a usage error, or when any input could not be
processed (missing, unreadable, binary, too large, broken glossary) — the others are still processed.

Examples:
  posting-lens extract seeds/
  posting-lens extract 'jobs/**/*.md' --format csv --out skills.csv
  posting-lens extract posting.txt --format json | jq '.[0].skills[] | select(.level == "required") | .name'
  cat posting.txt | posting-lens extract - --level required
  jq -c '{id: .url, text: .description}' scraped.jsonl | posting-lens extract --stdin-jsonl > results.jsonl
`;

export const DEFINE_HELP = `posting-lens define — print the glossary entry of a technical term

Usage:
  posting-lens define TERM [options]

TERM is a name, an alias or an id (k8s, Golang, "Apache Flink", triton-inference-server).

Options:
  -f, --format FORMAT   text (default) or json (an array of the matching entries)
  -g, --glossary FILE   A glossary (YAML) merged over the built-in one; repeatable
      --color, --no-color  Force colours on or off (default: on for a terminal)
  -h, --help            Show this help

Exit codes: 0 found; 2 unknown term (with suggestions) or usage error.
`;

export const CHECK_HELP = `posting-lens check — review postings with the reviewer rules

Usage:
  posting-lens check [paths | dirs | globs | -] [options]      (default: the current folder)

Configuration: for each posting the nearest .postinglens.yaml in its folder or above (or --config
FILE for all): rules on/off, severities and options, requiredSections, glossaries and ignore globs
(relative to the file). The editor reads the same files the same way. Rules:
https://github.com/posting-lens/posting-lens/blob/main/docs/rules/README.md

Options:
  -f, --format FORMAT     stylish (default: grouped by file, line:col severity message rule-id),
                          json (0-based line/character and UTF-16 offsets, as extract --format json),
                          sarif (SARIF 2.1.0 for code scanning), github (workflow annotations only)
  -c, --config FILE       Use this configuration instead of searching for .postinglens.yaml
  -g, --glossary FILE     A glossary (YAML) merged over the built-in one and the configuration's; repeatable
      --max-warnings N    Exit 1 when there are more than N warnings
      --include-hints     Also report hints (e.g. each gendered-coded word behind the summary)
      --fix               Apply the safe fixes (e.g. repair mojibake) to the files, then report the rest
  -j, --jobs N            Worker threads (default: one per CPU; few files run on the main thread)
      --max-size SIZE     Skip files larger than SIZE (default 5MB)
      --input-format F    auto (default), markdown, text
      --color, --no-color Force colours on or off (default: on for a terminal)
  -h, --help              Show this help

In GitHub Actions (GITHUB_ACTIONS=true) the stylish output also carries ::error/::warning/::notice
annotations. Output order follows the inputs, whatever --jobs is. SOURCE_DATE_EPOCH (seconds), when
set, is the "now" that technology ages are measured against, for reproducible output.

Exit codes: 0 no errors; 1 an error-level finding, or more warnings than --max-warnings;
2 usage error, broken configuration or glossary, or an input that could not be read.

Examples:
  posting-lens check postings/
  posting-lens check --format sarif > results.sarif
  posting-lens check 'jobs/**/*.md' --max-warnings 0
`;

export const STATS_HELP = `posting-lens stats — skill frequency across a repository of postings

Usage:
  posting-lens stats [paths | dirs | globs | -] [options]      (default: the current folder)

For every skill: in how many postings it appears, and at which level (the strongest per posting):
required, preferred or only mentioned. Then the pairs of skills most often required or preferred
together. Honours the glossaries and ignore globs of .postinglens.yaml.

Options:
  -f, --format FORMAT     table (default), csv (one row per skill; with --pairs one per pair), json
      --top N             How many skill pairs to list (default 10; 0: none)
      --limit N           Show only the N most frequent skills in the table
      --pairs             With --format csv: write the pairs instead of the skills
  -c, --config FILE       Use this configuration instead of searching for .postinglens.yaml
  -g, --glossary FILE     A glossary (YAML) merged over the built-in one; repeatable
  -j, --jobs N            Worker threads (default: one per CPU)
      --max-size SIZE     Skip files larger than SIZE (default 5MB)
  -h, --help              Show this help

Exit codes: 0 ok; 2 usage error, or an input that could not be read (the others still count).
`;

export const DIFF_HELP = `posting-lens diff — what changed between two versions of a posting

Usage:
  posting-lens diff OLD NEW [options]
  posting-lens diff --git REV [--] PATH [options]    (PATH at REV against PATH in the working tree)

Not which lines changed but what it means: sections added, removed or renamed; skills added, removed
or moved between required, preferred and mentioned; years of experience; degrees and whether an
"or equivalent experience" route is offered.

Options:
  -f, --format FORMAT     text (default), markdown (for a pull-request comment), json
      --git REV           Read the old version from git (git show REV:PATH)
      --exit-code         Exit 1 when the postings differ (like git diff --exit-code)
  -g, --glossary FILE     A glossary (YAML) merged over the built-in one; repeatable
  -h, --help              Show this help

Exit codes: 0 done (1 with --exit-code when they differ); 2 usage error, unreadable file, not a git
repository, unknown revision or path.

Examples:
  posting-lens diff old/backend.md postings/backend.md
  posting-lens diff --git origin/main -- postings/backend.md --format markdown
`;
