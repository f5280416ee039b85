// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeObserver, HUGE_BATCH } from './observe';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let observer: ChangeObserver | undefined;
afterEach(() => observer?.stop());

function watch(ignore: (n: Node) => boolean = () => false) {
  const reports: Array<string[] | 'all'> = [];
  observer = new ChangeObserver({
    root: document.documentElement,
    ignore,
    debounceMs: 20,
    maxWaitMs: 200,
    onDirty: (roots) => reports.push(roots === 'all' ? 'all' : roots.map((r) => r.id || r.tagName)),
  });
  observer.start();
  return reports;
}

describe('ChangeObserver', () => {
  it('reports the blocks that changed, once per burst, none inside another', async () => {
    document.body.innerHTML =
      '<article id="a"><p id="p1">one <b id="b">bold</b></p><p id="p2">two</p></article><p id="p3">three</p>';
    const reports = watch();
    document.getElementById('b')!.textContent = 'changed';
    document.getElementById('p2')!.append(' more');
    (document.getElementById('p3')!.firstChild as Text).data = 'edited';
    await sleep(80);
    // The <b> is inline: its block (p1) is what changed.
    expect(reports).toEqual([['p1', 'p2', 'p3']]);
    document.getElementById('a')!.append(Object.assign(document.createElement('p'), { id: 'p4', textContent: 'new' }));
    document.getElementById('p1')!.append('x');
    await sleep(80);
    expect(reports[1]!).toEqual(expect.arrayContaining(['p4', 'p1']));
  });

  it('collapses a change inside another changed element into that element', async () => {
    document.body.innerHTML = '<section id="s"><p id="p">text</p></section>';
    const reports = watch();
    document.getElementById('p')!.append('x');
    const div = Object.assign(document.createElement('div'), { id: 'd' });
    document.getElementById('s')!.append(div);
    div.append(Object.assign(document.createElement('p'), { id: 'inner', textContent: 'y' }));
    await sleep(80);
    expect(reports).toEqual([expect.arrayContaining(['p', 'd'])]);
    expect((reports[0] as string[]).includes('inner')).toBe(false);
  });

  it('does not see what runs inside ignoring()', async () => {
    document.body.innerHTML = '<p id="p">A defector</p>';
    const reports = watch();
    observer!.ignoring(() => {
      const p = document.getElementById('p')!;
      (p.firstChild as Text).splitText(2);
      p.append(document.createElement('mark-x'));
    });
    await sleep(80);
    expect(reports).toEqual([]);
    // A change made before ignoring() began is still reported.
    document.getElementById('p')!.append('page');
    observer!.ignoring(() => document.getElementById('p')!.append(document.createElement('mark-x')));
    await sleep(80);
    expect(reports).toEqual([['p']]);
  });

  it('ignores our own element coming and going', async () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const host = document.createElement('host-x');
    const reports = watch((n) => n === host);
    document.documentElement.append(host);
    await sleep(60);
    host.remove();
    await sleep(60);
    expect(reports).toEqual([]);
  });

  it('asks for a full rescan after a huge batch', async () => {
    document.body.innerHTML = '<div id="list"></div>';
    const reports = watch();
    const list = document.getElementById('list')!;
    for (let i = 0; i <= HUGE_BATCH; i++) list.append(document.createElement('p'));
    await sleep(80);
    expect(reports).toEqual(['all']);
  });

  it('reports within maxWait even while changes keep coming', async () => {
    document.body.innerHTML = '<p id="p">x</p>';
    const reports = watch();
    const p = document.getElementById('p')!;
    const t0 = Date.now();
    while (Date.now() - t0 < 400 && reports.length === 0) {
      p.append('y');
      await sleep(10);
    }
    expect(reports.length).toBe(1);
    expect(Date.now() - t0).toBeLessThan(400);
  });

  it('stops reporting after stop()', async () => {
    document.body.innerHTML = '<p id="p">x</p>';
    const reports = watch();
    document.getElementById('p')!.append('y');
    observer!.stop();
    await sleep(60);
    expect(reports).toEqual([]);
  });
});
