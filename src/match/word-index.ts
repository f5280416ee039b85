import type { Incident } from '../data/schema';

/**
 * Distinctive words of each incident (from its summary, outcome, title and
 * place), weighted by rarity across the dataset. A paragraph that says "shot",
 * "comrades" and "pulled to safety" leans towards the JSA shooting even when
 * no name is given. Common words carry no weight.
 */

const STOP = new Set('about after again against also among and another around because been before being between both but came come could crossed crossing defect defected defection defector defectors demilitarized demarcation during each either from further have having here into just korea korean koreas last later made many more most much must near north northern only other over said says same should since some south southern such than that their them then there these they this those through under until very were what when where which while will with within would year years zone line military border soldier soldiers south-korean north-korean'.split(' '));

const WORD = /[a-z][a-z'-]{3,}|[가-힣]{2,}/g;

/** Crude plural stripping, with string tests rather than regexes: this runs on every word. */
function stem(word: string): string {
  const w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.length >= 6 && w.endsWith('ies')) return w.slice(0, -3);
  if (w.length >= 5 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length >= 4 && w.endsWith('s')) return w.slice(0, -1);
  return w;
}

export function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = stem(m[0]);
    if (!STOP.has(w) && !STOP.has(m[0])) out.add(w);
  }
  return out;
}

function incidentWords(i: Incident): Set<string> {
  return words([i.summary, i.outcome ?? '', i.title.en, i.title.ko ?? '', i.place.en, i.place.ko ?? ''].join(' '));
}

/**
 * Builds a WordIndex a few incidents at a time, so the content script can
 * spread the tokenizing (the costly part) over idle slices.
 */
export class WordIndexBuilder {
  private readonly docs: Array<{ id: string; words: Set<string> }> = [];

  constructor(
    private readonly incidents: readonly Incident[],
    private readonly maxShare = 0.3,
  ) {}

  get done(): boolean {
    return this.docs.length >= this.incidents.length;
  }

  /** Tokenizes up to `count` more incidents; true once all are done. */
  step(count = Infinity): boolean {
    const end = Math.min(this.incidents.length, this.docs.length + count);
    for (let k = this.docs.length; k < end; k++) {
      const i = this.incidents[k]!;
      this.docs.push({ id: i.id, words: incidentWords(i) });
    }
    return this.done;
  }

  finish(): WordIndex {
    this.step();
    return new WordIndex(this.docs, this.maxShare);
  }
}

export class WordIndex {
  private readonly postings = new Map<string, Array<{ id: string; weight: number }>>();

  constructor(docs: ReadonlyArray<{ id: string; words: ReadonlySet<string> }>, maxShare = 0.3) {
    const df = new Map<string, number>();
    for (const d of docs) for (const w of d.words) df.set(w, (df.get(w) ?? 0) + 1);
    const n = Math.max(1, docs.length);
    for (const d of docs) {
      for (const w of d.words) {
        const count = df.get(w)!;
        if (count / n > maxShare && n > 5) continue;
        const weight = Math.log(1 + n / count);
        let list = this.postings.get(w);
        if (!list) this.postings.set(w, (list = []));
        list.push({ id: d.id, weight });
      }
    }
  }

  /** Overlap score per incident id for a piece of text; scaled so ~3 rare shared words ≈ 1. */
  overlap(text: string): Map<string, number> {
    const scores = new Map<string, number>();
    for (const w of words(text)) {
      for (const p of this.postings.get(w) ?? []) scores.set(p.id, (scores.get(p.id) ?? 0) + p.weight / 6);
    }
    return scores;
  }
}
