import { describe, expect, it } from 'vitest';
import { collectBlocks, positionAt, sampleText } from '../../src/page/blocks';
import { pageInfo, publishedDate } from '../../src/page/page-info';
import { detectMentions } from '../../src/match/detect';
import { domFrom } from './helpers';

describe('collectBlocks', () => {
  it('joins inline markup into one block and maps offsets back to nodes', () => {
    const doc = domFrom('<p id=a>The <b>De</b>militarized <i>Zone</i> is wide.</p><p>Next</p>');
    const [block, next] = collectBlocks(doc.body);
    expect(block!.text).toBe('The Demilitarized Zone is wide.');
    expect(next!.text).toBe('Next');
    const m = detectMentions(block!.text)[0]!;
    const from = positionAt(block!, m.start);
    const to = positionAt(block!, m.end, true);
    expect(from.node.data).toBe('De');
    expect(from.offset).toBe(0);
    expect(to.node.data).toBe('Zone');
    expect(to.offset).toBe(4);
  });

  it('skips scripts, editors, form fields, code, hidden and nav', () => {
    const doc = domFrom(`<nav>DMZ menu</nav><script>var DMZ</script><div contenteditable>DMZ edit</div><textarea>DMZ</textarea>
      <pre>DMZ code</pre><p hidden>DMZ hidden</p><p aria-hidden="true">DMZ aria</p><p>DMZ visible</p>`);
    expect(collectBlocks(doc.body).map((b) => b.text.trim())).toEqual(['DMZ visible']);
  });

  it('samples text without reading the whole page', () => {
    const doc = domFrom(`<p>${'a'.repeat(100)}</p>`.repeat(1000));
    expect(sampleText(doc.body, 250).length).toBe(250);
  });
});

describe('page-info', () => {
  it('reads the publication date from meta, JSON-LD or <time>', () => {
    expect(publishedDate(domFrom('<meta property="article:published_time" content="2025-10-19T18:21:00+09:00">'))).toBe('2025-10-19');
    expect(publishedDate(domFrom('<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-08-20T10:00:00Z"}]}</script>'))).toBe('2024-08-20');
    expect(publishedDate(domFrom('<script type="application/ld+json">{broken</script><article><time datetime="2022-01-03">Jan 3</time></article>'))).toBe('2022-01-03');
    expect(publishedDate(domFrom('<p>no date</p>'))).toBeUndefined();
  });

  it('takes the headline and the first paragraph as the lede', () => {
    const info = pageInfo(domFrom('<title>Site | Story</title><article><h1>Soldier defects</h1><p>First.</p><p>Second.</p></article>'));
    expect(info.title).toBe('Soldier defects');
    expect(info.lede).toBe('First.');
  });
});
