import { describe, expect, it } from 'vitest';
import { collectBlocks, positionAt, sampleText } from '../../src/page/blocks';
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
    const doc =
      domFrom(`<nav>DMZ menu</nav><script>var DMZ</script><div contenteditable>DMZ edit</div><textarea>DMZ</textarea>
      <pre>DMZ code</pre><p hidden>DMZ hidden</p><p aria-hidden="true">DMZ aria</p><p>DMZ visible</p>`);
    expect(collectBlocks(doc.body).map((b) => b.text.trim())).toEqual(['DMZ visible']);
  });

  it('reads through the elements it is told are inline (the wrapping fallback’s own marks)', () => {
    const doc = domFrom('<p>A soldier <xyzab-cdefghi>defected</xyzab-cdefghi> across the DMZ.</p>');
    expect(collectBlocks(doc.body).map((b) => b.text)).toEqual(['A soldier ', 'defected', ' across the DMZ.']);
    const inline = (el: Element) => el.localName === 'xyzab-cdefghi';
    expect(collectBlocks(doc.body, { inline }).map((b) => [b.element.tagName, b.text])).toEqual([
      ['P', 'A soldier defected across the DMZ.'],
    ]);
  });

  it('samples text without reading the whole page', () => {
    const doc = domFrom(`<p>${'a'.repeat(100)}</p>`.repeat(1000));
    expect(sampleText(doc.body, 250).length).toBe(250);
  });
});
