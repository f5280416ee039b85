import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { IncidentMatcher } from '../../src/match/matcher';
import { analyzeDocument } from '../../src/page/analyze-document';
import { loadFixture } from './helpers';

const matcher = new IncidentMatcher(dataset);

function topIds(file: string) {
  const { mentions } = analyzeDocument(loadFixture(file), matcher);
  return { mentions, top: mentions.map((m) => (m.confident ? m.candidates[0]!.incident.id : null)) };
}

function mostCommon(ids: Array<string | null>): string | null {
  const counts = new Map<string | null, number>();
  for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

describe('seed story 2022: "South Korean soldier" who was a returning defector', () => {
  const { mentions, top } = topIds('seed-2022-south-korean-soldier.html');

  it('finds the mentions', () => {
    expect(mentions.length).toBeGreaterThanOrEqual(8);
    expect(mentions.map((m) => m.mention.kind)).toContain('dmz');
  });

  it('matches the 1 January 2022 eastern-front crossing north', () => {
    expect(mostCommon(top)).toBe('2022-01-01-eastern-front-redefector');
    const headline = mentions.find((m) => m.context.startsWith('South Korean soldier makes rare defection'))!;
    expect(headline.candidates[0]!.incident.id).toBe('2022-01-01-eastern-front-redefector');
    expect(headline.confident).toBe(true);
  });

  it('says plainly that the person was not a South Korean soldier', () => {
    const headline = mentions.find((m) => m.context.startsWith('South Korean soldier makes rare defection'))!;
    expect(headline.contradictions[0]!.claim).toMatch(/South Korean soldier/);
    expect(headline.contradictions[0]!.fact).toMatch(/North Korean civilian who had defected to the South earlier and went back, not a soldier/);
    expect(headline.contradictions[0]!.sources.length).toBeGreaterThan(0);
  });

  it('matches the September fisheries official sentence to the 2020 killing', () => {
    const m = mentions.find((x) => /fisheries official/.test(x.context));
    // The sentence has no mention term of its own; its neighbour about crossing the border does.
    const border = mentions.find((x) => /illegally crossing the border/.test(x.context))!;
    expect(border).toBeDefined();
    if (m) expect(m.candidates[0]!.incident.id).toBe('2020-09-22-yeonpyeong-fisheries-official');
  });
});

describe('seed story 2025: soldier crosses the central DMZ', () => {
  const { mentions, top } = topIds('seed-2025-central-front-soldier.html');

  it('matches the October 2025 central-front soldier crossing south', () => {
    expect(mostCommon(top)).toBe('2025-10-19-central-front-soldier');
    const first = mentions[0]!;
    expect(first.candidates[0]!.incident.id).toBe('2025-10-19-central-front-soldier');
    expect(first.contradictions).toEqual([]);
  });

  it('matches the August 2024 sentence to the staff sergeant', () => {
    const m = mentions.find((x) => /August 2024/.test(x.context))!;
    expect(m.candidates.map((c) => c.incident.id)).toContain('2024-08-20-goseong-staff-sergeant');
  });

  it('matches the 2017 sentence to the JSA shooting', () => {
    const m = mentions.find((x) => /2017 incident/.test(x.context));
    expect(m?.candidates[0]!.incident.id).toBe('2017-11-13-jsa-oh-chong-song');
  });

  it('shows DMZ figures beside general DMZ sentences, and no wrong incident', () => {
    const m = mentions.find((x) => /often referred to as the Demilitarized Zone/.test(x.context))!;
    expect(m.background.map((f) => f.id)).toEqual(expect.arrayContaining(['dmz-width', 'dmz-length', 'dmz-mines-estimate']));
    if (m.confident) expect(m.candidates[0]!.incident.id).toBe('2025-10-19-central-front-soldier');
  });
});

describe('a Korean-language article (fixture written for the tests)', () => {
  const { mentions } = analyzeDocument(loadFixture('ko-2024-goseong-staff-sergeant.html'), matcher);

  it('finds the Korean mentions and matches the August 2024 Goseong staff sergeant', () => {
    const kinds = mentions.map((m) => m.mention.text);
    expect(kinds).toEqual(expect.arrayContaining(['군사분계선', 'MDL', '귀순', '비무장지대', '탈북민']));
    const first = mentions.find((m) => m.mention.text === '귀순')!;
    expect(first.confident).toBe(true);
    expect(first.candidates[0]!.incident.id).toBe('2024-08-20-goseong-staff-sergeant');
  });

  it('matches the sentence about the 8th to the Han River estuary crossing', () => {
    const m = mentions.find((x) => /교동도/.test(x.context))!;
    expect(m.candidates[0]!.incident.id).toBe('2024-08-08-han-estuary-walk');
  });
});
