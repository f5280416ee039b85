import { describe, expect, it } from 'vitest';
import type { Article } from './corpus';
import { metricsOf } from './metrics';
import type { ArticleResult, Judged } from './score-article';

function article(name: string, meta: Partial<Article['meta']> = {}): Article {
  return {
    name,
    html: '',
    annotations: [],
    split: 'dev',
    meta: { lang: 'en', genre: 'wire', story: null, sources: [], ...meta },
  };
}

function judged(label: string, linked: string | null, opts: Partial<Judged> = {}): Judged {
  return {
    article: 'a',
    annotation: { index: 0, text: 'x', label, warn: [] },
    detected: true,
    linked,
    top: linked,
    p: linked ? 0.99 : 0.2,
    warnings: [],
    context: '',
    ...opts,
  };
}

function result(a: Article, js: Judged[], extra: Partial<ArticleResult> = {}): ArticleResult {
  return { article: a, judged: js, unlabelled: [], story: null, aboutKorea: true, ...extra };
}

describe('metricsOf', () => {
  it('counts confident links, their precision and the recall of incident mentions', () => {
    const m = metricsOf([
      result(
        article('a', { story: 'x' }),
        [judged('x', 'x'), judged('x', 'y'), judged('x', null), judged('bg', null), judged('bg', 'x')],
        { story: 'x' },
      ),
    ]);
    expect(m.linking).toMatchObject({
      confident: 3,
      correct: 1,
      incidentMentions: 3,
      backgroundMentions: 2,
      abstainedCorrectly: 1,
    });
    expect(m.linking.precision).toBeCloseTo(1 / 3);
    expect(m.linking.recall).toBeCloseTo(1 / 3);
    expect(m.articleTop1).toMatchObject({ correct: 1, total: 1 });
  });

  it('counts mentions missed by detection, and unlabelled ones against precision', () => {
    const m = metricsOf([
      result(article('a'), [judged('bg', null), judged('bg', null, { detected: false })], {
        unlabelled: [{ text: 'DMZ', linked: null, warnings: [], context: '' }],
      }),
    ]);
    expect(m.detection).toMatchObject({ found: 1, unlabelled: 1 });
    expect(m.detection.recall).toBe(0.5);
    expect(m.detection.precision).toBe(0.5);
  });

  it('counts false warnings and errors caught, a place error caught as a wrong front', () => {
    const wrongPlace = result(article('err', { errors: [{ field: 'place', note: '' }] }), [
      judged('x', 'x', { annotation: { index: 0, text: 'x', label: 'x', warn: ['place'] }, warnings: ['region'] }),
    ]);
    const accurate = result(article('ok'), [judged('x', 'x', { warnings: ['role'] })], {
      unlabelled: [{ text: 'DMZ', linked: 'x', warnings: ['date'], context: '' }],
    });
    const m = metricsOf([wrongPlace, accurate]);
    expect(m.warnings.falseWarnings).toBe(2);
    expect(m.warnings.falseWarningArticles).toEqual(['ok']);
    expect(m.warnings).toMatchObject({ erroneousArticles: 1, caught: 1, byField: { place: { total: 1, caught: 1 } } });
  });

  it('expects the warning in the error’s sentence, on any of its mentions, and nowhere else', () => {
    const error = { index: 0, text: 'swam', label: 'x', warn: ['method'] };
    const r = result(article('err', { errors: [{ field: 'method', note: '' }] }), [
      judged('x', 'x', { annotation: error, context: 'He swam across and defected.' }),
      judged('x', 'x', { warnings: ['method'], context: 'He swam across and defected.' }),
      judged('x', 'x', { warnings: ['method'], context: 'Another sentence.' }),
    ]);
    expect(metricsOf([r]).warnings).toMatchObject({ falseWarnings: 1, caught: 1 });
  });

  it('counts the error’s field said of another incident as a false warning, not as the error caught', () => {
    const error = { index: 0, text: 'DMZ', label: 'x', warn: ['rank'] };
    const r = result(article('err', { errors: [{ field: 'rank', note: '' }] }), [
      judged('x', 'y', { annotation: error, warnings: ['rank'], context: 'The sergeant crossed the DMZ.' }),
    ]);
    expect(metricsOf([r]).warnings).toMatchObject({ falseWarnings: 1, caught: 0 });
  });

  it('leaves pages not about Korea out, and flags a negative page with any confident link', () => {
    const offTopic = result(article('football', { genre: 'negative' }), [judged('bg', null)], { aboutKorea: false });
    const negative = result(article('drama', { genre: 'negative' }), [judged('bg', null)], {
      unlabelled: [{ text: 'DMZ', linked: 'x', warnings: [], context: '' }],
    });
    const m = metricsOf([offTopic, negative]);
    expect(m.leftAlone).toBe(1);
    expect(m.mentions).toBe(1);
    expect(m.negativesWithLink).toMatchObject({ count: 1, total: 2, pages: ['drama'] });
  });

  it('bins the best candidate by probability for the reliability table', () => {
    const m = metricsOf([
      result(article('a'), [
        judged('x', 'x', { p: 0.97 }),
        judged('x', 'y', { p: 0.96 }),
        judged('x', null, { top: 'x', p: 0.4 }),
      ]),
    ]);
    const bin = (p: number) => m.calibration.find((b) => p >= b.from && p < b.to + (b.to === 1 ? 1e-9 : 0))!;
    expect(bin(0.97)).toMatchObject({ n: 2, accuracy: 0.5 });
    expect(bin(0.4)).toMatchObject({ n: 1, accuracy: 1 });
  });
});
