import { describe, expect, it } from 'vitest';
import { editDistance, normalize, stem, stripParticle, tokens } from './search-text';

describe('search text', () => {
  it('folds case and romanisation marks but leaves Hangul alone', () => {
    expect(normalize("Ch'ŏngsŏng")).toBe('chongsong');
    expect(normalize('Oh Chong-Song')).toBe('oh chong-song');
    expect(normalize('판문점 JSA')).toBe('판문점 jsa');
  });

  it('splits words at script changes and punctuation', () => {
    expect(tokens(normalize('제3땅굴, Tunnel No. 3'))).toEqual(['제', '3', '땅굴', 'tunnel', 'no', '3']);
    expect(tokens(normalize('9·19 군사합의'))).toEqual(['9', '19', '군사합의']);
  });

  it('drops a Korean particle but not the 도 of an island', () => {
    expect(stripParticle('판문점에서')).toBe('판문점');
    expect(stripParticle('비무장지대를')).toBe('비무장지대');
    expect(stripParticle('백령도')).toBeUndefined();
    expect(stripParticle('판문점')).toBeUndefined();
  });

  it('stems English suffixes only on long enough words', () => {
    expect(stem('floated')).toBe('float');
    expect(stem('ships')).toBe('ship');
    expect(stem('bus')).toBeUndefined();
  });

  it('counts edits with transpositions, and stops past the limit', () => {
    expect(editDistance('travs', 'travis', 2)).toBe(1);
    expect(editDistance('matuzok', 'mutazok', 2)).toBe(2);
    expect(editDistance('chong', 'chnog', 1)).toBe(1);
    expect(editDistance('kaesong', 'panmunjom', 2)).toBe(3);
  });
});
