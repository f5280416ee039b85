import { describe, expect, it } from 'vitest';
import { clauseAt, clausesOf, sentenceAround, sentences } from './text';

describe('sentenceAround', () => {
  it('does not end sentences at abbreviations', () => {
    const text = 'Earlier news. The U.S. soldier Pvt. King ran across the border on Jan. 5 at Panmunjom. Later news.';
    const i = text.indexOf('ran across');
    expect(sentenceAround(text, i, i + 10).text).toBe(
      'The U.S. soldier Pvt. King ran across the border on Jan. 5 at Panmunjom.',
    );
    const y = 'A man crossed into N. Korea on Sunday. Officials said so.';
    expect(sentenceAround(y, 2, 5).text).toBe('A man crossed into N. Korea on Sunday.');
    // A short word that is no abbreviation ends its sentence.
    const z =
      'The ship crossed near the island in the Yellow Sea. It went back north. He crossed the Line. Gen. Kim spoke.';
    expect(sentences(z).map((s) => s.text)).toEqual([
      'The ship crossed near the island in the Yellow Sea.',
      'It went back north.',
      'He crossed the Line.',
      'Gen. Kim spoke.',
    ]);
  });

  it('does not end a sentence at a clock’s a.m. or p.m. told with its day, nor before a word in lower case', () => {
    const split = (t: string) => sentences(t).map((s) => s.text);
    expect(split('He came ashore at about 1:05 a.m. on Tuesday on a beach. Then he hid.')).toEqual([
      'He came ashore at about 1:05 a.m. on Tuesday on a beach.',
      'Then he hid.',
    ]);
    expect(split('He was seen at 2:23 p.m. Monday, and ignored shots.')).toHaveLength(1);
    expect(split('It ended at 3 p.m. The soldier left.')).toEqual(['It ended at 3 p.m.', 'The soldier left.']);
  });

  it('splits Korean sentences at 다.', () => {
    const text = '북한군 병사가 귀순했다. 군은 신병을 확보했다.';
    expect(sentences(text).map((s) => s.text)).toEqual(['북한군 병사가 귀순했다.', '군은 신병을 확보했다.']);
  });
});

describe('clausesOf', () => {
  it('keeps a "when" clause about an earlier event apart', () => {
    const s =
      'It is the first such crossing since August 2024, when a staff sergeant walked across the eastern border.';
    const cs = clausesOf(s);
    expect(cs).toHaveLength(2);
    expect(cs[1]!.relative).toBe(true);
    expect(s.slice(cs[1]!.start, cs[1]!.end)).toMatch(/^when a staff sergeant/);
    expect(clauseAt(cs, s.indexOf('walked'))).toBe(1);
    expect(clauseAt(cs, s.indexOf('crossing'))).toBe(0);
  });

  it('splits at semicolons and dashes but not at ordinary commas', () => {
    expect(clausesOf('He crossed at dawn; two others were sent back.')).toHaveLength(2);
    expect(clausesOf('He crossed the border — the second this year.')).toHaveLength(2);
    expect(clausesOf('On Sunday, a soldier crossed, the military said.')).toHaveLength(1);
    // An opening "weeks after" tells an earlier event; a plain "After …," tells the same person's act.
    expect(
      clausesOf('Only weeks after a boat sailed into Samcheok harbour, another boat crossed the line.'),
    ).toHaveLength(2);
    expect(clausesOf('After crossing the line on Sunday, the soldier was taken in.')).toHaveLength(1);
    // ", three days after …" goes back to an earlier event.
    expect(
      clausesOf('He crossed back at Panmunjom on Wednesday, three days after the vessel he crewed brought 20 others.'),
    ).toHaveLength(2);
    expect(
      clausesOf(
        '이 병사가 21일 아침 월북한 지 1시간 20분쯤 지난 오전 9시 24분께, 북한군 서너 명이 MDL 부근까지 내려왔다.',
      ),
    ).toHaveLength(2);
    expect(clausesOf('지난 3일 새벽 3시께, 북한군 병사 1명이 MDL을 넘어왔다.')).toHaveLength(1);
    // A new subject after ", and": "…that August, and Cpl. Jerry Parrish walked away…".
    expect(
      clausesOf('Pvt. James Dresnok crossed that August, and Cpl. Jerry Parrish walked away in 1963.'),
    ).toHaveLength(2);
  });

  it('splits Korean clauses at -고 "and", not at a manner verb ("목선을 타고 넘어왔다")', () => {
    const boat = '북한 주민 1명이 작은 목선을 타고 동해 북방한계선을 넘어왔다.';
    expect(clausesOf(boat)).toHaveLength(1);
    expect(clausesOf('해당 병사는 군용 트럭을 몰고 달려 MDL을 통과했다.')).toHaveLength(1);
    expect(clausesOf('병사는 철책을 넘고 남쪽으로 내려왔다.')).toHaveLength(2);
    // "…귀순한 곳이자, 2012년 10월 … '노크 귀순'이 있었던 곳이다": two events, one place.
    expect(clausesOf('지난해 11월 남성이 철책을 넘어 귀순한 곳이자, 2012년 노크 귀순이 있었던 곳이다.')).toHaveLength(
      2,
    );
  });

  it('keeps "who had …" (an earlier event) apart, but not "who had to" or "who had a"', () => {
    const s = 'A man crossed the fence on Saturday and is believed to be a North Korean who had defected in late 2020.';
    const cs = clausesOf(s);
    expect(cs).toHaveLength(2);
    expect(s.slice(cs[1]!.start, cs[1]!.end)).toBe('who had defected in late 2020.');
    expect(clausesOf('The soldier who had to crawl was found at dawn.')).toHaveLength(1);
    expect(clausesOf('A fisherman who had a radio called for help.')).toHaveLength(1);
  });
});
