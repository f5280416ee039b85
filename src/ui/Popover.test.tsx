// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { findContradictions } from '../match/contradictions';
import type { MatchResult } from '../match/matcher';
import { I18nProvider } from './i18n';
import { Popover } from './Popover';

const incident = dataset.incidents.find((i) => (i.corrections?.length ?? 0) > 0)!;
const fact = incident.corrections![0]!.fact;

function result(confident: boolean): MatchResult {
  const mention = { kind: 'nll' as const, start: 0, end: 3, text: 'NLL' };
  return {
    mention,
    context: '',
    features: {} as MatchResult['features'],
    candidates: [{ incident, score: 8, confidence: 1, reasons: ['named in the text'] }],
    contradictions: confident ? findContradictions(incident, ['']) : [],
    confident,
    background: [],
  };
}

function show(r: MatchResult, locale: 'en' | 'ko' = 'en'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <I18nProvider locale={locale}>
      <Popover result={r} focusOnOpen={false} onClose={() => undefined} />
    </I18nProvider>,
    root,
  );
  return root;
}

const count = (text: string, part: string) => text.split(part).length - 1;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Popover', () => {
  it('shows a recorded correction once: in "Check this", not again in the card', () => {
    const root = show(result(true));
    expect(root.querySelector('.warn')?.textContent).toContain(fact);
    expect(count(root.textContent!, fact)).toBe(1);
  });

  it('keeps the correction in the card when there is no "Check this" box', async () => {
    const other = dataset.incidents.find((i) => !i.corrections && i.id !== incident.id)!;
    const r = result(true);
    r.candidates = [{ incident: other, score: 8, confidence: 1, reasons: [] }, ...r.candidates];
    r.contradictions = findContradictions(other, ['']);
    const root = show(r);
    expect(count(root.textContent!, fact)).toBe(0);
    // Choosing the other candidate shows its card, correction included, and no warning box.
    (root.querySelector('.others button') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(root.querySelector('.warn')).toBeNull();
    expect(root.querySelector('.incident .correction')?.textContent).toContain(fact);
    expect(count(root.textContent!, fact)).toBe(1);
    expect(root.querySelector('.why strong')!.textContent).toBe('Possible match');
  });

  it('says "Likely match" with the reasons instead of a percentage', () => {
    const text = show(result(true)).querySelector('.why')!.textContent!;
    expect(text).toBe('Likely match: named in the text');
  });

  it('speaks Korean when asked', () => {
    const root = show(result(true), 'ko');
    expect(root.querySelector('.pop')!.getAttribute('lang')).toBe('ko');
    expect(root.querySelector('.warn h3')!.textContent).toBe('사실 확인');
    expect(root.querySelector('.why strong')!.textContent).toBe('이 사건일 가능성이 높음');
  });
});
