import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../src/match/detect';

const kinds = (text: string) => detectMentions(text).map((m) => [m.kind, m.text]);

describe('detectMentions (English)', () => {
  it('finds each kind of mention with offsets', () => {
    const text =
      'A North Korean soldier defected across the DMZ near Panmunjom, crossing the Military Demarcation Line.';
    const found = detectMentions(text);
    expect(found.map((m) => m.kind)).toEqual(['defection', 'dmz', 'jsa', 'mdl']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds acronyms only in capitals', () => {
    expect(kinds('The DMZ, the MDL, the JSA and the NLL.')).toEqual([
      ['dmz', 'DMZ'],
      ['mdl', 'MDL'],
      ['jsa', 'JSA'],
      ['nll', 'NLL'],
    ]);
    expect(detectMentions('see github.com/jsa/dmz-tools')).toEqual([]);
  });

  it('finds long forms, British spelling and the truce village', () => {
    expect(kinds('the demilitarised zone and the Demilitarized Zone')).toEqual([
      ['dmz', 'demilitarised zone'],
      ['dmz', 'Demilitarized Zone'],
    ]);
    expect(kinds('the truce village of Panmunjeom')).toEqual([
      ['jsa', 'truce village'],
      ['jsa', 'Panmunjeom'],
    ]);
    expect(kinds('across the Northern Limit Line')).toEqual([['nll', 'Northern Limit Line']]);
  });

  it('finds defection words and fleeing north or south', () => {
    expect(kinds('defectors, a defection, he defected, she is defecting')).toEqual([
      ['defection', 'defectors'],
      ['defection', 'defection'],
      ['defection', 'defected'],
      ['defection', 'defecting'],
    ]);
    expect(kinds('A soldier has fled north to defect')).toEqual([
      ['defection', 'fled north'],
      ['defection', 'defect'],
    ]);
    expect(kinds('He wants to defect; she tried to defect and would defect again')).toEqual([
      ['defection', 'defect'],
      ['defection', 'defect'],
      ['defection', 'defect'],
    ]);
    expect(kinds('they fled south of the river')).toEqual([]);
  });

  it('does not take "defect" as a noun (false friend)', () => {
    expect(detectMentions('A manufacturing defect in the brakes; birth defects; zero defects in production.')).toEqual(
      [],
    );
    expect(kinds('a soldier who defects to the South')).toEqual([['defection', 'defects']]);
    expect(kinds('Two chose to stay and defect; a man scales fence, defects after a long search.')).toEqual([
      ['defection', 'defect'],
      ['defection', 'defects'],
    ]);
    expect(detectMentions('Quality control and defect tracking; scratches, defects in paint, defects.')).toEqual([]);
    expect(kinds('N. Korean soldier defects in thick fog')).toEqual([['defection', 'defects']]);
    expect(kinds('Did he defect? If he did defect, he would be the first.')).toEqual([
      ['defection', 'defect'],
      ['defection', 'defect'],
    ]);
    expect(detectMentions('Workers found defects in the brakes.')).toEqual([]);
    // "to defect of their own free will" is the verb; "a defect of the heart" the noun.
    expect(kinds('Three asked to defect of their own free will.')).toEqual([['defection', 'defect']]);
    expect(detectMentions('The plan had to defect of course; a birth defect of the heart.')).toEqual([]);
  });

  it('keeps matches from overlapping', () => {
    const found = detectMentions('crossed the border into the DMZ');
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });

  it('respects the chosen kinds', () => {
    expect(detectMentions('The DMZ near Panmunjom', ['jsa']).map((m) => m.kind)).toEqual(['jsa']);
    expect(detectMentions('The DMZ', [])).toEqual([]);
  });
});

describe('detectMentions (Korean)', () => {
  it('finds Korean terms with particles attached', () => {
    expect(kinds('북한군 병사가 군사분계선을 넘어 귀순했다')).toEqual([
      ['mdl', '군사분계선'],
      ['defection', '귀순'],
    ]);
    expect(kinds('탈북민이 판문점에서 비무장지대와 공동경비구역, 북방한계선')).toEqual([
      ['defection', '탈북민'],
      ['jsa', '판문점'],
      ['dmz', '비무장지대'],
      ['jsa', '공동경비구역'],
      ['nll', '북방한계선'],
    ]);
    expect(kinds('월북 사건과 월남 귀순')).toEqual([
      ['defection', '월북'],
      ['defection', '월남'],
      ['defection', '귀순'],
    ]);
  });

  it('does not take 월남 (Vietnam) compounds as crossings', () => {
    expect(detectMentions('월남전 참전 용사와 월남쌈')).toEqual([]);
  });
});
