/**
 * Bytes → posting text. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM (and BOM-less UTF-16 that is
 * unmistakable). The BOM is dropped, as editors do, so offsets match what VS Code shows. Binary data
 * and text that is not UTF-8 are refused with a reason instead of being analysed as garbage.
 */

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** More than this share of U+FFFD replacements (or control bytes) means "not text". */
const MAX_BAD_SHARE = 0.01;

export function decodePosting(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return fromUtf8(bytes.subarray(3), 'utf-8 (BOM)');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return fromUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return fromUtf16(bytes.subarray(2), 'utf-16be');

  const guess = guessUtf16(bytes);
  if (guess) return fromUtf16(bytes, guess);
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (NUL bytes)' };
  if (controlShare(bytes) > MAX_BAD_SHARE) return { ok: false, reason: 'binary file (control bytes)' };
  return fromUtf8(bytes, 'utf-8');
}

function fromUtf8(bytes: Uint8Array, encoding: string): Decoded {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) bad++;
  if (bad > 0 && bad > Math.max(2, text.length * MAX_BAD_SHARE)) {
    return { ok: false, reason: `not UTF-8 text (${bad} invalid byte sequences); convert it to UTF-8 first` };
  }
  return { ok: true, text, encoding };
}

function fromUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  let data = bytes;
  if (encoding === 'utf-16be') {
    // Swap to little-endian: TextDecoder's utf-16be needs full ICU, which not every Node build has.
    data = new Uint8Array(bytes.length - (bytes.length % 2));
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      data[i] = bytes[i + 1]!;
      data[i + 1] = bytes[i]!;
    }
  }
  const text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(data);
  if (text.includes('\0')) return { ok: false, reason: 'binary file (NUL characters in UTF-16 text)' };
  return { ok: true, text, encoding };
}

/**
 * BOM-less UTF-16 shows as NUL in every other byte of ASCII text. Only called "UTF-16" when the first
 * kilobyte is (almost) all of that shape, so binary files with a few NULs are not mistaken for it.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.9 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs * 0.9 && oddNul === 0) return 'utf-16be';
  return null;
}

/** Share of C0 control bytes other than tab, line feed, form feed, carriage return and escape. */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 64 * 1024);
  if (!n) return 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) count++;
  }
  return count / n;
}
