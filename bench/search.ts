/**
 * Popup search figures for `npm run bench`: time per keystroke while realistic
 * queries are typed (English letter by letter, Korean syllable by syllable,
 * as an IME commits them) over the real dataset and a synthetic one 120 times
 * larger; and what opening the popup costs (parsing the build-time index).
 */
import { gzipSync } from 'node:zlib';
import type { Incident } from '../src/data/schema';
import { IncidentSearch } from '../src/popup/search';
import { buildSearchIndex, type SearchIndexData } from '../src/popup/search-index';

const QUERIES = [
  'travis king panmunjom',
  'oh chung sung',
  '귀순 2017',
  'JSA 2017',
  'soldier floats down the imjin',
  'eastern front soldier 2018',
  '판문점 귀순',
  '1990s tunnel',
  '탈북 어민 북송',
  'fishermen deported 2019',
];

/** Every state of the search box while `q` is typed. */
function keystrokes(q: string): string[] {
  return [...q].map((_, i) => q.slice(0, i + 1));
}

const ROMAN = ['ka', 'kim', 'pak', 'ri', 'chol', 'song', 'min', 'hyok', 'jun', 'yong', 'su', 'hui', 'nam', 'dok', 'gwang', 'il', 'ho', 'sok', 'chun', 'myong', 'tae', 'won', 'jin', 'bok'];
const HANGUL = ['가', '김', '박', '리', '철', '성', '민', '혁', '준', '영', '수', '희', '남', '덕', '광', '일', '호', '석', '춘', '명', '태', '원', '진', '복'];

/**
 * The real incidents copied `times` times. Each copy gets its own people's
 * names, aliases and a village in its place and title (in both languages), and
 * a year moved by up to five, so the vocabulary and the years grow with the
 * dataset as they would with real records, instead of repeating the same words.
 */
export function syntheticIncidents(real: readonly Incident[], times: number): Incident[] {
  let seed = 7;
  const pick = <T>(xs: readonly T[]) => xs[(seed = (seed * 16807) % 2147483647) % xs.length]!;
  const name = () => {
    const parts = [pick(ROMAN.map((_, k) => k)), pick(ROMAN.map((_, k) => k)), pick(ROMAN.map((_, k) => k))];
    const roman = parts.map((k) => ROMAN[k]).join('');
    return { en: roman[0]!.toUpperCase() + roman.slice(1), ko: parts.map((k) => HANGUL[k]).join('') };
  };
  const out: Incident[] = [];
  for (let c = 0; c < times; c++) {
    for (const inc of real) {
      const person = name();
      const village = name();
      const year = Math.min(2026, Math.max(1950, Number(inc.date.slice(0, 4)) + (c % 11) - 5));
      out.push({
        ...inc,
        id: `${inc.id}-${c}`,
        date: `${year}${inc.date.slice(4)}`,
        title: { en: `${inc.title.en} near ${village.en}-ri`, ...(inc.title.ko ? { ko: `${inc.title.ko} ${village.ko}리` } : {}) },
        place: { ...inc.place, en: `${village.en}-ri, ${inc.place.en}`, ko: `${village.ko}리 ${inc.place.ko ?? ''}`.trim() },
        ...(inc.who ? { who: inc.who.map((p) => (p.name ? { ...p, name: `${person.en} ${name().en}` } : p)) } : {}),
        aliases: { en: [person.en, `Operation ${name().en}`], ko: [person.ko] },
      });
    }
  }
  return out;
}

interface Spread {
  median: number;
  max: number;
}

function spread(xs: number[]): Spread {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1]!, max: sorted[sorted.length - 1]! };
}

/**
 * Wall-clock time per keystroke, and the process's CPU time for it: on a
 * shared machine the wall clock also counts time the process waited for a
 * core, which CPU time leaves out (it does count the garbage collector's threads).
 */
function perKeystroke(incidents: readonly Incident[], index: SearchIndexData): { wall: Spread; cpu: Spread; keystrokes: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 3; round++) {
    // A fresh search each round, as a newly opened popup has: nothing cached from the round before.
    const search = new IncidentSearch(incidents, index);
    for (const q of QUERIES) {
      for (const typed of keystrokes(q)) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        search.search(typed);
        wall.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
      }
    }
  }
  return { wall: spread(wall), cpu: spread(cpu), keystrokes: wall.length };
}

/** What opening the popup costs: parsing the index the build wrote, and setting up the search. */
function opening(incidents: readonly Incident[], json: string): { kB: number; gzipKB: number; openMs: number } {
  const opens: number[] = [];
  for (let round = 0; round < 5; round++) {
    const t = performance.now();
    new IncidentSearch(incidents, JSON.parse(json));
    opens.push(performance.now() - t);
  }
  return { kB: json.length / 1024, gzipKB: gzipSync(json).length / 1024, openMs: spread(opens).median };
}

/** Table rows for the README's Node table. */
export function searchRows(real: readonly Incident[], fmt: (ms: number) => string): string[] {
  const rows: string[] = [];
  for (const incidents of [real, syntheticIncidents(real, 120)]) {
    const t = performance.now();
    const index = buildSearchIndex(incidents);
    const buildMs = performance.now() - t;
    const k = perKeystroke(incidents, index);
    const o = opening(incidents, JSON.stringify(index));
    rows.push(
      `| popup search per keystroke, ${incidents.length} incidents (${k.keystrokes} keystrokes; median / max, wall clock and CPU) | ${fmt(k.wall.median)} / ${fmt(k.wall.max)} ms; CPU ${fmt(k.cpu.median)} / ${fmt(k.cpu.max)} ms |`,
      `| popup search index, ${incidents.length} incidents: size; opening the popup (median of 5); building it (at build time) | ${o.kB.toFixed(0)} kB, ${o.gzipKB.toFixed(0)} kB gzip; ${fmt(o.openMs)} ms; ${fmt(buildMs)} ms |`,
    );
  }
  return rows;
}
