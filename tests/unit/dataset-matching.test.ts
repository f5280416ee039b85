import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { IncidentMatcher } from '../../src/match/matcher';
import { detectMentions } from '../../src/match/detect';
import { formatDate } from '../../src/ui/format';

/**
 * Self-consistency over the whole dataset: a sentence written the way news
 * recalls an incident (its headline and date, next to a DMZ mention) must
 * bring that incident up first. A new record that cannot be found this way
 * needs better aliases or fields.
 */
const matcher = new IncidentMatcher(dataset);

describe('every incident can be found from its own description', () => {
  for (const inc of dataset.incidents) {
    it(inc.id, () => {
      const text = `Near the DMZ: ${inc.title.en}, ${formatDate(inc.date, inc.datePrecision)}.`;
      const mention = detectMentions(text)[0]!;
      const page = matcher.preparePage({ title: 'Korea news' });
      const result = matcher.match(text, mention, page);
      expect(result.candidates[0]?.incident.id).toBe(inc.id);
    });
  }
});

describe('every incident can be found from its Korean title', () => {
  for (const inc of dataset.incidents.filter((i) => i.title.ko)) {
    it(inc.id, () => {
      const [y, m, d] = inc.date.split('-').map(Number);
      const when = inc.datePrecision === 'year' ? `${y}년` : inc.datePrecision === 'month' ? `${y}년 ${m}월` : `${y}년 ${m}월 ${d}일`;
      const text = `비무장지대 관련: ${inc.title.ko} (${when})`;
      const mention = detectMentions(text)[0]!;
      const result = matcher.match(text, mention, matcher.preparePage({ title: '북한 뉴스' }));
      expect(result.candidates[0]?.incident.id).toBe(inc.id);
    });
  }
});
