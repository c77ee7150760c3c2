/** Help texts, kept together so they read as one manual. */

export const MAIN_HELP = `posting-lens — read a job posting like code: sections, skills and requirements

Usage:
  posting-lens extract [paths | dirs | globs | -] [options]
  posting-lens extract --stdin-jsonl [options] < postings.jsonl
  posting-lens define TERM [--format text|json]

Commands:
  extract   Sections, skills (required / preferred / mentioned) and requirements of postings
  define    Print the glossary entry of a technical term

Options:
  -h, --help     Show help (also: posting-lens <command> --help)
  -v, --version  Print the version

Exit codes: 0 ok; 2 usage error, or an input that could not be processed (reported on stderr).
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
