/**
 * Text handling shared by the search index (built at build time) and the
 * query (parsed per keystroke), so both sides split and fold words the same way.
 */

const HANGUL = /^[가-힣]/;

/** Lower case, romanisation marks folded (Ch'ŏngsŏng → chongsong), Hangul untouched. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00c0-\u024f]/g, (c) => c.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(/['’‘`]/g, '');
}

/** Words of normalized text: Latin letters and digits, or Hangul syllables; anything else separates. */
export function tokens(normalized: string): string[] {
  return normalized.match(/[a-z0-9]+|[가-힣]+/g) ?? [];
}

export function isHangul(word: string): boolean {
  return HANGUL.test(word);
}

/**
 * Korean particles that attach to nouns (판문점에서, 비무장지대를). 도 is left
 * out: it ends island names (백령도).
 */
const PARTICLES = [
  '에서는',
  '에서',
  '으로',
  '에게',
  '까지',
  '부터',
  '로',
  '을',
  '를',
  '이',
  '가',
  '은',
  '는',
  '의',
  '에',
  '와',
  '과',
];

/** The noun without a trailing particle, or undefined when there is none to drop. */
export function stripParticle(word: string): string | undefined {
  for (const p of PARTICLES) if (word.length > p.length + 1 && word.endsWith(p)) return word.slice(0, -p.length);
  return undefined;
}

/** Crude English stem for a query word that matched nothing as typed (floated → float, ships → ship). */
export function stem(word: string): string | undefined {
  for (const [suffix, keep] of [
    ['ies', 'y'],
    ['ing', ''],
    ['ed', ''],
    ['es', ''],
    ['s', ''],
  ] as const) {
    if (word.length >= suffix.length + 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length) + keep;
  }
  return undefined;
}

/** Rows reused by editDistance: it runs on hundreds of words per keystroke. */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Edit distance with adjacent transpositions (optimal string alignment),
 * giving up as soon as it must exceed `max`: typo lookups only care about 1 or 2.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2));
  let [prev2, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length]!;
}
