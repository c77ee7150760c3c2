import { test } from 'node:test';
import assert from 'node:assert/strict';
import config from '../../language-configuration.json';

/** The words VS Code sees in `text` with the language's wordPattern (double-click, hover range). */
function words(text: string): string[] {
  const { pattern, flags } = config.wordPattern;
  return [...text.matchAll(new RegExp(pattern, flags.includes('g') ? flags : flags + 'g'))].map((m) => m[0]);
}

test('wordPattern keeps C++, C#, .NET, Node.js and CI/CD as one word each', () => {
  assert.deepEqual(words('C++, C#, .NET, Node.js and CI/CD'), ['C++', 'C#', '.NET', 'Node.js', 'and', 'CI/CD']);
});

test('wordPattern splits a slash list of languages into its names', () => {
  assert.deepEqual(words('Proficient in C/C++/CUDA/Python.'), ['Proficient', 'in', 'C', 'C++', 'CUDA', 'Python']);
});

test('wordPattern joins dotted names, hyphenated terms, contractions and short acronym pairs', () => {
  assert.deepEqual(words('ASP.NET, F#, Vue.js, real-time, you’ll, A/B, TCP/IP'), ['ASP.NET', 'F#', 'Vue.js', 'real-time', 'you’ll', 'A/B', 'TCP/IP']);
});

test('wordPattern separates a sentence run into the next one by a scraper', () => {
  assert.deepEqual(words('frameworks.Kubernetes and systems.Python'), ['frameworks', 'Kubernetes', 'and', 'systems', 'Python']);
});

test('wordPattern leaves trailing punctuation out of a word', () => {
  assert.deepEqual(words('Kafka. Spark, (Flink) Python’s'), ['Kafka', 'Spark', 'Flink', 'Python’s']);
});

test('language configuration: HTML comments, brackets and region folding markers', () => {
  assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
  assert.deepEqual(config.brackets, [['(', ')'], ['[', ']'], ['{', '}']]);
  const start = new RegExp(config.folding.markers.start);
  const end = new RegExp(config.folding.markers.end);
  assert.ok(start.test('<!-- #region Requirements -->'));
  assert.ok(end.test('  <!-- #endregion -->'));
  assert.ok(!start.test('Region: EMEA'));
});
