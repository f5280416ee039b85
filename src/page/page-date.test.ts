import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { publishedDate } from './page-date';
import { articleRoot, pageInfo } from './page-info';

const doc = (html: string) => new JSDOM(html).window.document;
const date = (html: string) => {
  const d = doc(html);
  return publishedDate(d, articleRoot(d));
};

describe('publishedDate', () => {
  it('reads metadata, JSON-LD and <time> first', () => {
    expect(date('<meta property="article:published_time" content="2025-10-19T18:21:00+09:00">')).toEqual({
      iso: '2025-10-19',
      from: 'metadata',
    });
    expect(
      date(
        '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-08-20T10:00:00Z"}]}</script>',
      )?.iso,
    ).toBe('2024-08-20');
    expect(
      date(
        '<script type="application/ld+json">{broken</script><article><time datetime="2022-01-03">Jan 3</time></article>',
      )?.iso,
    ).toBe('2022-01-03');
    expect(date('<p>no date</p>')).toBeUndefined();
  });

  it('reads the visible byline in English and Korean, first publication before update', () => {
    expect(date('<article><p class="byline">Published : 2025-07-04 10:41</p><p>Text.</p></article>')).toEqual({
      iso: '2025-07-04',
      from: 'byline',
    });
    expect(date('<article><div class="date">입력 2025.07.04 10:41 수정 2025.07.05 08:00</div></article>')?.iso).toBe(
      '2025-07-04',
    );
    expect(date('<article><span class="meta">July 4, 2025 | 10:41 KST</span></article>')?.iso).toBe('2025-07-04');
    expect(date('<article><div class="info">Updated: 2025-07-06</div></article>')?.iso).toBe('2025-07-06');
    // A newspaper's printed date with its weekday.
    expect(date('<article><p class="byline">국방팀 | 2023년 10월 25일 수요일 지면 게재</p></article>')?.iso).toBe(
      '2023-10-25',
    );
    expect(date('<article><p class="byline">By Kim · Wednesday, Oct. 25, 2023</p></article>')?.iso).toBe('2023-10-25');
    // Without a weekday, a date in a byline-like element may be the event's ("1984년 11월 23일 판문점"): not read.
    expect(date('<article><p class="meta">1984년 11월 23일 판문점</p></article>')).toBeUndefined();
  });

  it('reads a wire dateline, with the year from the page', () => {
    expect(
      date(
        '<article><p>SEOUL, July 4 (Yonhap) -- A North Korean man crossed the border.</p><footer>© 2025 Yonhap</footer></article>',
      ),
    ).toEqual({ iso: '2025-07-04', from: 'dateline' });
  });
});

describe('pageInfo', () => {
  it('takes the headline and the story paragraphs as the lede, skipping bylines and asides', () => {
    const info = pageInfo(
      doc(`<title>Site | Story</title><article><h1>Soldier defects</h1><p>By Kim · Published : 2025-07-04 10:41</p>
       <p>A North Korean soldier crossed the central section of the border on Sunday, officials said.</p>
       <aside><p>Related: a different story about the DMZ that is long enough to count.</p></aside>
       <p>He was taken into custody near a guard post, the Joint Chiefs of Staff said later.</p></article>`),
    );
    expect(info.title).toBe('Soldier defects');
    expect(info.published).toBe('2025-07-04');
    expect(info.lede).toBe(
      'A North Korean soldier crossed the central section of the border on Sunday, officials said.\nHe was taken into custody near a guard post, the Joint Chiefs of Staff said later.',
    );
  });

  it('fills a live blog’s lede from the entries it shows first, skipping its "LIVE · Updated" line', () => {
    const info = pageInfo(
      doc(`<article><h1>Live: soldier crosses the border</h1><p>LIVE · Updated 3:10 p.m. KST, Thursday, December 21, 2017</p>
       <div class="live-feed">
         <div class="entry"><time>15:00</time><p>The soldier crossed the central section of the border in thick fog this morning, the military said.</p></div>
         <div class="entry"><time>14:00</time><p>Troops fired warning shots at North Korean guards who approached the line looking for him.</p></div>
       </div></article>`),
    );
    expect(info.lede).toBe(
      'The soldier crossed the central section of the border in thick fog this morning, the military said.\nTroops fired warning shots at North Korean guards who approached the line looking for him.',
    );
  });
});
