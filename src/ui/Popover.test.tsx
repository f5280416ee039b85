// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import type { Incident } from '../data/schema';
import type { MatchResult } from '../match/matcher';
import type { Warning } from '../match/verdicts';
import { translator } from '../shared/i18n';
import { I18nProvider } from './i18n';
import { Popover } from './Popover';

const corrected = dataset.incidents.find((i) => (i.corrections?.length ?? 0) > 0)!;
const fact = corrected.corrections![0]!.fact;
const redefector = dataset.incidents.find((i) => i.id === '2022-01-01-eastern-front-redefector')!;

function result(incident: Incident, confident: boolean, warnings: Warning[] = []): MatchResult {
  return {
    mention: { kind: 'defection', start: 0, end: 9, text: 'defection' },
    segment: 'story',
    context: '',
    candidates: [
      { incident, score: 8, p: confident ? 0.99 : 0.4, reasons: ['name.sentence', 'dir.agree'], features: {} },
    ],
    confident,
    generic: false,
    claims: warnings,
    warnings,
    background: [],
  };
}

const soldierWarnings = (incident: Incident): Warning[] => [
  {
    field: 'origin',
    verdict: 'contradicts',
    quote: 'South Korean soldier',
    said: 'south-korea',
    record: ['north-korea'],
    person: incident.who![0]!,
    sources: incident.sources,
  },
  {
    field: 'role',
    verdict: 'contradicts',
    quote: 'South Korean soldier',
    said: 'soldier',
    record: ['civilian'],
    person: incident.who![0]!,
    sources: incident.sources,
  },
];

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
  it('warns once about who it was, quoting the article and naming who the sources say', () => {
    const root = show(result(redefector, true, soldierWarnings(redefector)));
    const warn = root.querySelectorAll('.warn-item');
    expect(warn).toHaveLength(1);
    expect(warn[0]!.textContent).toContain(
      'The article says “South Korean soldier”; the sources identify the person as a North Korean civilian who had defected to the South earlier and went back, not a soldier.',
    );
    expect(warn[0]!.querySelectorAll('a[href^="https://"]').length).toBeGreaterThan(0);
  });

  it('shows a recorded correction as context in the card, never as a warning about the article', () => {
    const root = show(result(corrected, true));
    expect(root.querySelector('.warn')).toBeNull();
    expect(root.querySelector('.incident .correction')?.textContent).toContain(fact);
    expect(count(root.textContent, fact)).toBe(1);
  });

  it('says "Likely match" with the reasons in words instead of a percentage', () => {
    const text = show(result(redefector, true)).querySelector('.why')!.textContent;
    expect(text).toBe(
      `Likely match: named in the sentence · same direction (${translator('en').t('direction_south_to_north')})`,
    );
  });

  it('offers a weak best guess only as a possibility, without warnings, and shows it when chosen', async () => {
    const root = show(result(redefector, false, soldierWarnings(redefector)));
    expect(root.querySelector('.incident')).toBeNull();
    expect(root.querySelector('.warn')).toBeNull();
    expect(root.querySelector('.nomatch')!.textContent).toContain('closest incidents follow');
    const listed = [...root.querySelectorAll<HTMLButtonElement>('.others button')];
    expect(listed.map((b) => b.textContent)).toEqual([redefector.title.en]);
    listed[0]!.click();
    await new Promise((r) => setTimeout(r));
    expect(root.querySelector('.incident')?.textContent).toContain(redefector.title.en);
    // The reader's choice is not the matcher's: still no warning, and not called likely.
    expect(root.querySelector('.warn')).toBeNull();
    expect(root.querySelector('.why')!.textContent).not.toMatch(/^Likely/);
  });

  it('lists no long shots as "closest": below even odds of a possible match, only figures', () => {
    const r = result(redefector, false);
    r.candidates = [{ ...r.candidates[0]!, p: 0.05 }];
    const root = show(r);
    expect(root.querySelector('.others')).toBeNull();
    expect(root.querySelector('.nomatch')!.textContent).not.toContain('closest');
  });

  it('speaks Korean when asked', () => {
    const root = show(result(redefector, true, soldierWarnings(redefector)), 'ko');
    expect(root.querySelector('.pop')!.getAttribute('lang')).toBe('ko');
    expect(root.querySelector('.warn h3')!.textContent).toBe('사실 확인');
    expect(root.querySelector('.warn-item p')!.textContent).toBe(
      '기사는 “South Korean soldier”라고 썼지만, 출처에 따르면 군인이 아니라 앞서 남한으로 탈북했다가 다시 북으로 돌아간 북한 주민입니다.',
    );
    expect(root.querySelector('.why strong')!.textContent).toBe('이 사건일 가능성이 높음');
  });
});
