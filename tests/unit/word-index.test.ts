import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { WordIndexBuilder } from '../../src/match/word-index';
import { IncidentMatcher } from '../../src/match/matcher';
import { detectMentions } from '../../src/match/detect';

const paragraph = 'Guards dragged the wounded soldier to safety after his comrades shot at him as he ran across the line.';

describe('word index', () => {
  it('built a few incidents at a time equals one built at once', () => {
    const builder = new WordIndexBuilder(dataset.incidents);
    let slices = 0;
    while (!builder.step(7)) slices++;
    expect(slices).toBe(Math.ceil(dataset.incidents.length / 7) - 1);
    expect([...builder.finish().overlap(paragraph)]).toEqual([...new WordIndexBuilder(dataset.incidents).finish().overlap(paragraph)]);
  });

  it('weights rare shared words towards the incident that has them', () => {
    const text = 'Nobody noticed him until he had to knock on the barracks doors.';
    const top = [...new WordIndexBuilder(dataset.incidents).finish().overlap(text)].sort((a, b) => b[1] - a[1])[0]![0];
    expect(top).toBe('2012-10-02-eastern-knock-knock-defection');
  });

  it('lets the matcher warm up in slices and match the same way afterwards', () => {
    const sliced = new IncidentMatcher(dataset);
    let calls = 1;
    while (!sliced.warmUp('words', 10)) calls++;
    expect(calls).toBeGreaterThan(1);
    expect(sliced.warmUp('words', 10)).toBe(true);
    const whole = new IncidentMatcher(dataset);
    const text = `Near the DMZ: ${paragraph}`;
    const run = (m: IncidentMatcher) => m.match(text, detectMentions(text)[0]!, m.preparePage({ title: 'x' })).candidates.map((c) => c.incident.id);
    expect(run(sliced)).toEqual(run(whole));
  });
});
