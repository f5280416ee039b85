import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENTION_KINDS } from '../match/kinds';
import { DIRECTIONS, NATIONALITIES, ORIGINS, REGIONS, ROLES, ROUTES, WISHES } from '../data/enums';
import { format, LOCALES, MESSAGES, resolveLocale, translator, type Locale } from './i18n';

const PLACEHOLDER = /\$([A-Za-z0-9_@]+)\$/g;
const PLURAL_SUFFIX = /__(zero|one|two|few|many|other)$/;

function categories(locale: Locale): string[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
}

/** The keys a locale must have: every non-plural key, and each plural base with that locale's categories. */
function expectedKeys(locale: Locale): string[] {
  const keys = Object.keys(MESSAGES.en);
  const plain = keys.filter((k) => !PLURAL_SUFFIX.test(k));
  const bases = [...new Set(keys.filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')))];
  return [...plain, ...bases.flatMap((b) => categories(locale).map((c) => `${b}__${c}`))].sort();
}

describe('message files', () => {
  it.each(LOCALES)('%s has every key, and no key the other lacks', (locale) => {
    expect(Object.keys(MESSAGES[locale]).sort()).toEqual(expectedKeys(locale));
  });

  it.each(LOCALES)('%s follows the browser’s rules for messages.json', (locale) => {
    const seen = new Set<string>();
    for (const [key, m] of Object.entries(MESSAGES[locale])) {
      expect(key, key).toMatch(/^[A-Za-z0-9_@]+$/);
      // The browser treats keys without regard to case.
      expect(seen.has(key.toLowerCase()), `duplicate key ${key}`).toBe(false);
      seen.add(key.toLowerCase());
      expect(m.message.trim(), key).not.toBe('');
      const used = new Set([...m.message.matchAll(PLACEHOLDER)].map((x) => x[1]!.toLowerCase()));
      expect(new Set(Object.keys(m.placeholders ?? {})), `placeholders of ${key}`).toEqual(used);
      for (const p of Object.values(m.placeholders ?? {})) expect(p.content).toMatch(/^\$\d$/);
    }
  });

  it('gives Korean the same placeholders, bound to the same arguments, as English', () => {
    for (const [key, ko] of Object.entries(MESSAGES.ko)) {
      const en = MESSAGES.en[key];
      expect(ko.placeholders, key).toEqual(en!.placeholders);
    }
  });

  it('fits the store’s limits for the name and description', () => {
    for (const locale of LOCALES) {
      expect(MESSAGES[locale].ext_name!.message.length).toBeLessThanOrEqual(75);
      expect(MESSAGES[locale].ext_description!.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('has a label for every value of the enums the interface shows, and none for values that do not exist', () => {
    const families: Record<string, readonly string[]> = {
      kind: MENTION_KINDS,
      direction: DIRECTIONS,
      route: ROUTES,
      region: REGIONS,
      role: ROLES,
      wish: WISHES,
      nationality: NATIONALITIES,
    };
    for (const [prefix, values] of Object.entries(families)) {
      const keys = Object.keys(MESSAGES.en).filter(
        (k) => k.startsWith(`${prefix}_`) && !k.endsWith('_pl') && k !== 'kind_count',
      );
      expect(keys.sort(), prefix).toEqual(values.map((v) => `${prefix}_${v.replaceAll('-', '_')}`).sort());
    }
    for (const origin of ORIGINS)
      expect(MESSAGES.en[`origin_${origin.replaceAll('-', '_')}_forces`], origin).toBeDefined();
  });

  it('uses every message somewhere in the code', () => {
    const code =
      sourceFiles(join(__dirname, '..'))
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n') + readFileSync(join(__dirname, '../../manifest.json'), 'utf8');
    // Built from enum values or data at run time (checked against the enums above).
    const dynamic =
      /^(kind|direction|route|region|role|origin|nationality|rank|unit|style|trigger|language|map|reason|warn|method|result|wish)_/;
    const unused = Object.keys(MESSAGES.en).filter((k) => {
      const base = k.replace(PLURAL_SUFFIX, '');
      return !dynamic.test(k) && !code.includes(`'${base}'`) && !code.includes(`__MSG_${k}__`);
    });
    expect(unused).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('format', () => {
  const m = { message: 'On for $SITE$ ($COUNT$)', placeholders: { site: { content: '$1' }, count: { content: '$2' } } };

  it('fills named placeholders from the arguments', () => {
    expect(format(m, ['example.org', 3])).toBe('On for example.org (3)');
  });

  it('inserts a page’s own text as it is, even with dollar signs in it', () => {
    expect(format(m, ['$1 $$ $SITE$', 1])).toBe('On for $1 $$ $SITE$ (1)');
    expect(format({ message: 'Costs $$5' }, [])).toBe('Costs $5');
  });
});

describe('translator', () => {
  it('picks the plural form for the count', () => {
    expect(translator('en').plural('page_mentions', 1)).toBe('1 mention on this page');
    expect(translator('en').plural('page_mentions', 14)).toBe('14 mentions on this page');
    expect(translator('ko').plural('page_mentions', 1)).toBe('이 페이지의 관련 언급 1건');
  });

  it('says undefined for a message that does not exist, for keys built from data', () => {
    expect(translator('ko').maybe('rank_staff_sergeant')).toBe('하사');
    expect(translator('ko').maybe('rank_lance_corporal')).toBeUndefined();
  });
});

describe('resolveLocale', () => {
  it('follows the browser unless the user chose a language', () => {
    expect(resolveLocale('auto', 'ko')).toBe('ko');
    expect(resolveLocale('auto', 'ko-KR')).toBe('ko');
    expect(resolveLocale('auto', 'en-US')).toBe('en');
    expect(resolveLocale('auto', 'fr-FR')).toBe('en');
    expect(resolveLocale('en', 'ko-KR')).toBe('en');
    expect(resolveLocale('ko', 'en-GB')).toBe('ko');
    expect(resolveLocale(undefined, undefined)).toBe('en');
  });
});
