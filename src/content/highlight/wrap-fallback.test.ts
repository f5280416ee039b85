// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../page/blocks';
import { detectMentions } from '../../match/detect';
import { makeRecord, type MentionRecord } from '../mentions';
import type { PageNames } from '../names';
import { WrapHighlighter } from './wrap-fallback';

const names: PageNames = {
  host: 'host-x',
  mark: 'mark-x',
  highlight: { underline: 'u', background: 'b', active: 'a' },
  paintedAttr: 'data-p',
};

function setup(html: string) {
  document.body.innerHTML = html;
  const records: MentionRecord[] = collectBlocks(document.body).flatMap((b) =>
    detectMentions(b.text).map((m) => makeRecord(b, m)),
  );
  const texts = [...textNodes()];
  const snapshot = texts.map((t) => t.data);
  let guarded = 0;
  const h = new WrapHighlighter({ doc: document, names, style: 'underline', guard: (fn) => (guarded++, fn()) });
  return { h, records, texts, snapshot, html: document.body.innerHTML, guarded: () => guarded };
}

function* textNodes(root: Node = document.body): Generator<Text> {
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) yield n as Text;
}

const marks = () => [...document.querySelectorAll(names.mark)];

describe('WrapHighlighter', () => {
  it('wraps every mention, including one split by inline markup and several in one text node', () => {
    const { h, records } = setup('<p>A defector crossed the DMZ and the MDL.</p><p>The <b>De</b>militarized Zone.</p>');
    expect(records.map((r) => r.mention.text)).toEqual(['defector', 'DMZ', 'MDL', 'Demilitarized Zone']);
    h.add(records);
    const texts = marks().map((m) => m.textContent);
    expect(texts).toEqual(['defector', 'DMZ', 'MDL', 'De', 'militarized Zone']);
    expect(document.querySelectorAll('p')[0]!.textContent).toBe('A defector crossed the DMZ and the MDL.');
  });

  it('leaves the page exactly as it was after clear(): same text node objects, same text, nothing merged', () => {
    // Adjacent text nodes of the page's own, as a framework makes them: they must stay separate.
    const { h, records, texts, snapshot, html } = setup(
      '<p>A defector crossed the DMZ and the MDL.</p><p id="two"></p>',
    );
    const two = document.getElementById('two')!;
    two.append('North Korea says ', 'a soldier crossed the DMZ', ' today.');
    const all = [...textNodes()];
    const before = all.map((t) => t.data);
    const recs = [
      ...records,
      ...collectBlocks(two).flatMap((b) => detectMentions(b.text).map((m) => makeRecord(b, m))),
    ];
    h.add(recs);
    expect(marks().length).toBe(4);
    h.clear();
    expect(marks()).toEqual([]);
    const after = [...textNodes()];
    expect(after).toEqual(all);
    expect(after.map((t) => t.data)).toEqual(before);
    expect(texts.map((t) => t.data)).toEqual(snapshot);
    expect(document.querySelector('p')!.outerHTML).toBe(html.slice(0, html.indexOf('<p id')));
  });

  it('undoes mentions one at a time, in any order', () => {
    const { h, records, texts, snapshot } = setup('<p>defector, DMZ, MDL, JSA and NLL</p>');
    h.add(records);
    for (const i of [2, 0, 4, 1, 3]) h.remove([records[i]!]);
    expect(marks()).toEqual([]);
    expect([...textNodes()]).toEqual(texts);
    expect(texts.map((t) => t.data)).toEqual(snapshot);
  });

  it('wraps mentions of one text node given in separate batches', () => {
    const { h, records } = setup('<p>defector, DMZ, MDL</p>');
    h.add([records[1]!]);
    h.add([records[2]!, records[0]!]);
    expect(marks().map((m) => m.textContent)).toEqual(['defector', 'DMZ', 'MDL']);
  });

  it('lets the page’s own later edit win instead of merging stale text into it', () => {
    const { h, records, texts } = setup('<p>A defector crossed the DMZ today.</p>');
    h.add(records);
    // A framework rewrites the text node it holds (now only the text before the first mark).
    texts[0]!.data = 'Updated: no news.';
    h.clear();
    expect(marks()).toEqual([]);
    expect(document.querySelector('p')!.textContent).toBe('Updated: no news.');
    expect(document.querySelector('p')!.firstChild).toBe(texts[0]);
  });

  it('gives a detached mention’s text back to its node', () => {
    const { h, records, texts } = setup('<p>A defector crossed.</p>');
    h.add(records);
    document.querySelector('p')!.remove();
    h.clear();
    expect(texts[0]!.data).toBe('A defector crossed.');
  });

  it('runs every DOM change through the guard, and finds the mention a mark paints', () => {
    const { h, records, guarded } = setup('<p>A defector crossed the DMZ.</p>');
    h.add(records);
    h.setActive(records[1]);
    h.setStyle('background');
    h.remove([records[0]!]);
    expect(guarded()).toBe(4);
    const mark = marks()[0]!;
    expect(mark.getAttribute('data-style')).toBe('background');
    expect(mark.hasAttribute('data-active')).toBe(true);
    expect(h.idAt(mark.firstChild)).toBe(undefined);
    expect(h.idAt(mark)).toBe(records[1]!.id);
  });

  it('skips a mention whose text the page changed since the scan', () => {
    const { h, records, texts } = setup('<p>A defector crossed the DMZ.</p>');
    texts[0]!.data = 'Short.';
    h.add(records);
    expect(marks()).toEqual([]);
  });
});
