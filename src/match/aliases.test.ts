import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { aliasProblem } from './profile';

/**
 * A name hit is the strongest evidence the matcher has, so an alias must be a
 * name: distinctive, not a count, not words ordinary reporting uses, and not
 * found in news about something else. The unrelated text deliberately uses
 * the words that border reporting shares with everything else.
 */
const UNRELATED = readFileSync(new URL('../../tests/fixtures/unrelated-news.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => !l.startsWith('#'))
  .join('\n')
  .toLowerCase();

const aliases = dataset.incidents.flatMap((i) =>
  [...i.aliases.en, ...i.aliases.ko].map((alias) => ({ alias, incident: i })),
);

function occursIn(text: string, alias: string): boolean {
  const a = alias.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(/^[a-z]/.test(a) ? `\\b${a}\\b` : a).test(text);
}

describe('aliases', () => {
  it('are all distinctive names (no counts, not only words any report uses, none shared with an unrelated incident)', () => {
    const problems = aliases.flatMap(({ alias, incident }) => {
      const why = aliasProblem(alias, incident, dataset.incidents);
      return why ? [`${incident.id}: "${alias}": ${why}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('never occur in news about other things', () => {
    expect(
      aliases
        .filter(({ alias }) => occursIn(UNRELATED, alias))
        .map(({ alias, incident }) => `${incident.id}: "${alias}"`),
    ).toEqual([]);
  });

  it('are rejected when they are counts or ordinary words', () => {
    const someone = dataset.incidents[0]!;
    expect(aliasProblem('31 North Koreans', someone, dataset.incidents)).toBeDefined();
    expect(aliasProblem('warning shots', someone, dataset.incidents)).toBeDefined();
    expect(aliasProblem('Goseong', someone, dataset.incidents)).toBeDefined();
    const oh = dataset.incidents.find((i) => i.id === '2017-11-13-jsa-oh-chong-song')!;
    expect(aliasProblem('Oh Chong Song', oh, dataset.incidents)).toBeUndefined();
    expect(aliasProblem('Oh Chong Song', someone, dataset.incidents)).toMatch(
      /shared with 2017-11-13-jsa-oh-chong-song/,
    );
  });
});
