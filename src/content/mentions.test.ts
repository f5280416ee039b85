import { describe, expect, it, beforeAll } from 'vitest';
import { JSDOM } from 'jsdom';
import { collectBlocks } from '../page/blocks';
import { detectMentions } from '../match/detect';
import { MentionStore, makeRecord } from './mentions';

beforeAll(() => {
  const { window } = new JSDOM('');
  Object.assign(globalThis, { StaticRange: window.StaticRange, Node: window.Node, NodeFilter: window.NodeFilter });
});

function storeFor(html: string) {
  const doc = new JSDOM(html).window.document;
  const store = new MentionStore();
  for (const block of collectBlocks(doc.body))
    for (const m of detectMentions(block.text)) store.add(makeRecord(block, m));
  return { doc, store };
}

describe('MentionStore', () => {
  it('steps through mentions in document order, both ways, wrapping around', () => {
    const { doc, store } = storeFor(
      '<p>The DMZ and the <b>J</b>SA.</p><p>A defector.</p><p>Panmunjom and the NLL.</p>',
    );
    const order: string[] = [];
    let r = store.step(undefined, 1, doc.body);
    for (let i = 0; i < 6 && r; i++, r = store.step(r, 1, doc.body)) order.push(r.mention.text);
    expect(order).toEqual(['DMZ', 'JSA', 'defector', 'Panmunjom', 'NLL', 'DMZ']);
    const back: string[] = [];
    r = store.step(undefined, -1, doc.body);
    for (let i = 0; i < 5 && r; i++, r = store.step(r, -1, doc.body)) back.push(r.mention.text);
    expect(back).toEqual(['NLL', 'Panmunjom', 'defector', 'JSA', 'DMZ']);
  });

  it('finds the record at a text position, across split nodes', () => {
    const { doc, store } = storeFor('<p>The <b>De</b>militarized Zone.</p>');
    const [, de, rest] = [...doc.querySelectorAll('p')[0]!.childNodes].flatMap((n) =>
      n.nodeType === 3 ? [n] : [...n.childNodes],
    ) as Text[];
    expect(store.at(de!, 1)?.mention.text).toBe('Demilitarized Zone');
    expect(store.at(rest!, 3)?.mention.text).toBe('Demilitarized Zone');
  });

  it('finds the records a change invalidates: inside the changed subtrees or gone from the page', () => {
    const { doc, store } = storeFor(
      '<p>The DMZ.</p><div id="live"><p>The <b>J</b>SA.</p></div><p>A defector.</p><p>Panmunjom.</p>',
    );
    const live = doc.getElementById('live')!;
    doc.querySelectorAll('p')[2]!.remove();
    const stale = [...store.staleAfterChange([live])].map((r) => r.mention.text).sort();
    expect(stale).toEqual(['JSA', 'defector']);
    expect([...store.staleAfterChange([])].map((r) => r.mention.text)).toEqual(['defector']);
  });

  it('removes records and their node index', () => {
    const { doc, store } = storeFor('<p>The DMZ.</p><p>The JSA.</p>');
    const second = doc.querySelectorAll('p')[1]!;
    const gone = store.removeWhere((r) => r.segments.some((s) => second.contains(s.node)));
    expect(gone.map((r) => r.mention.text)).toEqual(['JSA']);
    expect(store.size).toBe(1);
    expect(store.step(undefined, 1, doc.body)?.mention.text).toBe('DMZ');
  });
});
