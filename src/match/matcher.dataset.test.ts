import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { detectMentions } from './detect';
import { IncidentMatcher } from './matcher';

/**
 * Self-consistency over the whole dataset: a sentence that recalls an
 * incident the way news does (a mention, its headline and its date) must rank
 * that incident first and link it with confidence. A record that cannot be
 * found this way needs better fields.
 */
const matcher = new IncidentMatcher(dataset);
const page = matcher.preparePage({ title: 'Korea news' });

function when(iso: string, precision: string, lang: 'en' | 'ko'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  if (lang === 'ko')
    return precision === 'year' ? `${y}년` : precision === 'month' ? `${y}년 ${m}월` : `${y}년 ${m}월 ${d}일`;
  return precision === 'year'
    ? `in ${y}`
    : precision === 'month'
      ? `in ${months[m! - 1]} ${y}`
      : `on ${months[m! - 1]} ${d}, ${y}`;
}

describe('every incident is found from its own title and date', () => {
  for (const inc of dataset.incidents) {
    it(inc.id, () => {
      const text = `Near the DMZ ${when(inc.date, inc.datePrecision, 'en')}: ${inc.title.en}.`;
      const result = matcher.match({ text, segment: 'story' }, detectMentions(text)[0]!, page);
      expect(result.candidates[0]?.incident.id).toBe(inc.id);
    });
  }
});

describe('every incident is found from its Korean title and date', () => {
  for (const inc of dataset.incidents.filter((i) => i.title.ko)) {
    it(inc.id, () => {
      const text = `비무장지대 관련: ${when(inc.date, inc.datePrecision, 'ko')} ${inc.title.ko}`;
      const result = matcher.match({ text, segment: 'story' }, detectMentions(text)[0]!, page);
      expect(result.candidates[0]?.incident.id).toBe(inc.id);
    });
  }
});
