import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePosting } from '../../src/core/analyze.ts';
import { renderMarkdown, toPostingJson } from '../../src/core/format/index.ts';

const filler = 'across the whole platform, with care for reliability, cost, latency, security, privacy and the people who use it every day';
const TEXT = `Backend Engineer

About us
We run Kafka for everything.

Requirements
- 5+ years of Python
- Production experience with Kafka and PostgreSQL
- Strong engineering judgement ${filler}, ideally with Terraform modules ${filler}

Nice to have
- Rust
`;

test('Markdown report: skills grouped by level then category, each with the item it was found in', () => {
  const md = renderMarkdown([toPostingJson(analyzePosting(TEXT), TEXT, 'job.txt')]);
  const part = md.slice(md.indexOf('### Skills by level and category'), md.indexOf('### Requirements'));
  const headings = part.split('\n').filter((l) => l.startsWith('#### '));
  assert.deepEqual(headings.map((h) => h.replace(/ · \d+ skills?$/, '')), ['#### Required', '#### Preferred', '#### Mentioned']);
  // Kafka is first named in "About us" (mentioned); the evidence is the requirement that makes it required.
  assert.match(part, /^- Apache Kafka — line 8: “Production experience with Kafka and PostgreSQL”$/m);
  assert.match(part, /^- Python — line 7: “5\+ years of Python”$/m);
  // A long item is cut around the term, so the term stays in the quote.
  const go = part.split('\n').find((l) => l.startsWith('- Terraform — '));
  assert.ok(go, part);
  assert.match(go, /^- Terraform — line 9: “….*ideally with Terraform modules.*…”$/);
  assert.ok(go.length < 180);
  // Categories are sorted inside a level and listed once.
  const required = part.slice(part.indexOf('#### Required'), part.indexOf('#### Preferred'));
  const categories = required.split('\n').filter((l) => /^\*\*.+\*\*$/.test(l));
  assert.deepEqual(categories, [...categories].sort());
  assert.equal(new Set(categories).size, categories.length);
  assert.match(part.slice(part.indexOf('#### Preferred'), part.indexOf('#### Mentioned')), /^- Rust — line 12: “Rust”$/m);
});
