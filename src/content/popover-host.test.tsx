// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopoverHost, urlsIn } from './popover-host';

afterEach(() => {
  document.documentElement.querySelectorAll(':scope > :not(head, body)').forEach((e) => e.remove());
});

describe('PopoverHost', () => {
  it('adds nothing to the page until it is needed', () => {
    const host = new PopoverHost(document, 'host-aaa', () => undefined);
    expect(document.documentElement.children.length).toBe(2);
    host.destroy();
  });

  it('keeps its shadow root closed, and falls back to another element if ours is taken', () => {
    // A page that claims the name and forbids shadow roots on it.
    class Taken extends HTMLElement {
      static disabledFeatures = ['shadow'];
    }
    customElements.define('host-taken', Taken);
    expect(() => document.createElement('host-taken').attachShadow({ mode: 'open' })).toThrow();
    const host = new PopoverHost(document, 'host-taken', () => undefined);
    (document as Document & { ariaNotify?: unknown }).ariaNotify = undefined;
    host.announce('3 mentions');
    const el = document.documentElement.lastElementChild!;
    expect(el.tagName).not.toBe('HOST-TAKEN');
    expect(el.shadowRoot).toBeNull();
    expect(host.isHost(el)).toBe(true);
    host.destroy();
    expect(el.isConnected).toBe(false);
  });

  it('announces through ariaNotify without any element where the browser has it', () => {
    const notify = vi.fn();
    (document as Document & { ariaNotify?: unknown }).ariaNotify = notify;
    const host = new PopoverHost(document, 'host-bbb', () => undefined);
    host.announce('3 mentions');
    expect(notify).toHaveBeenCalledWith('3 mentions');
    expect(document.documentElement.children.length).toBe(2);
    delete (document as Document & { ariaNotify?: unknown }).ariaNotify;
  });
});

describe('urlsIn', () => {
  it('collects every http(s) url a result holds, and nothing else', () => {
    const source = { url: 'https://a.example/1', outlet: 'A' };
    const result = {
      candidates: [
        { incident: { sources: [source, { url: 'javascript:alert(1)' }], related: [{ url: 'http://b.example/' }] } },
      ],
      background: [{ sources: [source] }],
    };
    expect([...urlsIn(result)].sort()).toEqual(['http://b.example/', 'https://a.example/1']);
  });
});
