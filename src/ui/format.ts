import type { MentionKind } from '../match/kinds';
import type { Candidate } from '../match/matcher';
import type { Warning } from '../match/verdicts';
import type {
  DatePrecision,
  Direction,
  Figure,
  Incident,
  Localized,
  Origin,
  Person,
  Region,
  Route,
} from '../data/schema';
import { isRoughlyCounted, roughlyCountedGroup } from '../data/people';
import { translator, type Locale, type Translator } from '../shared/i18n';

/** Message keys allow only [A-Za-z0-9_]; enum values use hyphens. */
type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;

export function enumKey<P extends string, V extends string>(prefix: P, value: V): `${P}_${Snake<V>}` {
  return `${prefix}_${value.replaceAll('-', '_')}` as `${P}_${Snake<V>}`;
}

const DATE_FORMATS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

/** "1 January 2022" / "2022년 1월 1일"; a partial ISO date ("2010-02", "1997") is shown as far as it goes. */
export function formatDate(iso: string, precision: DatePrecision = 'day', locale: Locale = 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const known: DatePrecision = !m ? 'year' : !d ? (precision === 'year' ? 'year' : 'month') : precision;
  return new Intl.DateTimeFormat(translator(locale).tag, DATE_FORMATS[known]).format(
    new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)),
  );
}

export const kindLabel = (k: MentionKind, tr: Translator) => tr.t(enumKey('kind', k));
export const directionLabel = (d: Direction, tr: Translator) => tr.t(enumKey('direction', d));
export const routeLabel = (r: Route, tr: Translator) => tr.t(enumKey('route', r));
export const regionLabel = (r: Region, tr: Translator) => tr.t(enumKey('region', r));

const en = translator('en');
/** English labels, which the popup's search also indexes. */
export const ROUTE_LABEL = Object.fromEntries(
  (['land', 'jsa', 'sea', 'river', 'third-country'] as const).map((r) => [r, routeLabel(r, en)]),
) as Record<Route, string>;
export const REGION_LABEL = Object.fromEntries(
  (['jsa', 'western-front', 'central-front', 'eastern-front', 'west-sea', 'east-sea', 'han-estuary'] as const).map(
    (r) => [r, regionLabel(r, en)],
  ),
) as Record<Region, string>;

/** Text from the dataset in the reader's language where the record has it, with its language for `lang`. */
interface Shown {
  text: string;
  lang: Locale;
}

export function localized(l: Localized, tr: Translator): Shown {
  return tr.locale === 'ko' && l.ko ? { text: l.ko, lang: 'ko' } : { text: l.en, lang: 'en' };
}

export const incidentTitle = (i: Incident, tr: Translator) => localized(i.title, tr);
const placeName = (i: Incident, tr: Translator) => localized(i.place, tr);

/** "staff sergeant" → rank_staff_sergeant; ranks without a message are shown as reported. */
function rankLabel(rank: string, origin: Origin, many: boolean, tr: Translator): string {
  const key = `rank_${rank.toLowerCase().replace(/[^a-z]+/g, '_')}`;
  const label = (origin === 'north-korea' ? tr.maybe(`${key}_north`) : undefined) ?? tr.maybe(key) ?? rank;
  // English ranks take an s ("privates"); Korean nouns do not change.
  return many && tr.locale === 'en' ? `${label}s` : label;
}

/**
 * "North Korean staff sergeant", "4 North Korean fishermen", "북한군 하사",
 * "북한 어민 4명": who a person or group was, in the reader's language.
 */
export function describePerson(p: Person, tr: Translator): string {
  const count = p.count ?? 1;
  const many = count > 1 || p.countApprox !== undefined;
  const origin = enumKey('origin', p.origin);
  // "Soviet", "중국": the country, where the record gives one, instead of "foreign".
  const country = p.nationality ? tr.t(enumKey('nationality', p.nationality)) : undefined;
  let who: string;
  if (p.role === 'soldier' || p.rank) {
    const rank = p.rank ? rankLabel(p.rank, p.origin, many, tr) : tr.t(many ? 'role_soldier_pl' : 'role_soldier');
    who = tr.t('person_ranked', country ? tr.t('country_forces', country) : tr.t(`${origin}_forces`), rank);
  } else {
    const role = enumKey('role', p.role);
    // Some pairs have their own words ("북한 주민", not "북한 민간인").
    who =
      (country ? undefined : tr.maybe(`${origin}_${role}${many ? '_pl' : ''}`)) ??
      tr.t('person_role', country ?? tr.t(origin), tr.t(many ? `${role}_pl` : role));
  }
  if (p.formerDefector) who = tr.t('person_former_defector', who);
  if (isRoughlyCounted(p)) return tr.t('person_count_rough', roughCount(p, tr), who);
  return many ? tr.t('person_count', count, who) : who;
}

/** A count reports give only roughly, in the reader's language: "about 10", "20 to 30", "약 10명", "20~30명". */
export function roughCount(p: Person, tr: Translator): string {
  if (p.countTo !== undefined) return tr.t('count_range', p.count!, p.countTo);
  return tr.t(ROUGH_COUNT[p.countApprox ?? 'about'], p.count!);
}

const ROUGH_COUNT = { about: 'count_about', 'more-than': 'count_more_than', 'fewer-than': 'count_fewer_than' } as const;

export function describeWho(people: readonly Person[] | undefined, tr: Translator): string | undefined {
  if (!people?.length) return undefined;
  return people
    .map((p) => {
      const age = p.age ? tr.t('person_age', p.age) : p.ageRange ? tr.t('person_age_range', ...p.ageRange) : undefined;
      const extra = [p.name, age].filter(Boolean).join(', ');
      const base = describePerson(p, tr);
      return extra ? `${base} (${extra})` : base;
    })
    .join('; ');
}

export function incidentMeta(i: Incident, tr: Translator): string {
  return [
    formatDate(i.date, i.datePrecision, tr.locale),
    placeName(i, tr).text,
    i.direction !== 'none' ? directionLabel(i.direction, tr) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function formatFigure(f: Pick<Figure, 'value' | 'unit'>, tr: Translator): string {
  const value = new Intl.NumberFormat(tr.tag).format(f.value);
  if (!f.unit) return value;
  const unit = tr.maybe(`unit_${f.unit.toLowerCase().replace(/[^a-z]+/g, '_')}`);
  // A unit without a translation is shown as the data gives it, apart from the number.
  return unit ? tr.t('figure_value', value, unit) : `${value} ${f.unit}`;
}

export function decadeOf(iso: string): number {
  return Math.floor(Number(iso.slice(0, 4)) / 10) * 10;
}

/** Why the matcher chose an incident: its evidence, in the reader's language (undefined for evidence with no wording). */
export function formatReason(reason: Candidate['reasons'][number], i: Incident, tr: Translator): string | undefined {
  const date = (p: DatePrecision) => formatDate(i.date, p, tr.locale);
  const params: Partial<Record<string, Array<string | number>>> = {
    'date.day': [date(i.datePrecision)],
    'date.near': [date(i.datePrecision)],
    'date.month': [date('month')],
    'date.year': [i.date.slice(0, 4)],
    'dir.agree': [directionLabel(i.direction, tr)],
    'dir.blockAgree': [directionLabel(i.direction, tr)],
    'region.agree': [i.region ? regionLabel(i.region, tr) : placeName(i, tr).text],
    'place.agree': [placeName(i, tr).text],
    'route.agree': [routeLabel(i.route, tr)],
  };
  return tr.maybe(`reason_${reason.replace('.', '_')}`, ...(params[reason] ?? []));
}

/** What the sources say about the field a warning is about, in the reader's language. */
function recordSays(w: Warning, i: Incident, tr: Translator): string {
  switch (w.field) {
    case 'direction':
      return directionLabel(i.direction, tr);
    case 'region':
    case 'place':
      return placeName(i, tr).text;
    case 'date':
      return formatDate(i.date, i.datePrecision, tr.locale);
    case 'count': {
      const rough = roughlyCountedGroup(i);
      return rough ? roughCount(rough, tr) : String(w.record?.[0] ?? '');
    }
    case 'method':
      return (i.method ?? []).map((m) => tr.maybe(enumKey('method', m)) ?? m).join(', ');
    case 'result':
      // Results, or (for a wish said against the record) what they asked for.
      return (w.record ?? [])
        .map((r) => tr.maybe(enumKey('result', String(r))) ?? tr.maybe(enumKey('wish', String(r))) ?? String(r))
        .join(', ');
    default:
      return describeWho(i.who, tr) ?? '';
  }
}

/**
 * A warning as a sentence: the article's own words, then what the sources
 * say. "who it was" (nationality, role, rank, age, how many) reads as one.
 */
export function formatWarning(w: Warning, i: Incident, tr: Translator): string {
  if (w.field === 'origin' || w.field === 'role' || w.field === 'rank' || w.field === 'age') {
    const who = describeWho(i.who, tr) ?? '';
    const person = tr.locale === 'en' && i.who?.length === 1 && (i.who[0]!.count ?? 1) === 1 ? withArticle(who) : who;
    return tr.t(w.field === 'role' && w.said === 'soldier' ? 'warn_who_not_soldier' : 'warn_who', w.quote, person);
  }
  return tr.t(enumKey('warn', w.field), w.quote, recordSays(w, i, tr));
}

/** Nationality and role wrong in the same words make one warning, not two. */
export function distinctWarnings(warnings: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  // A wrong role says the most ("…, not a soldier"), so it stands for the rest.
  const ordered = [...warnings].sort((a, b) => Number(b.field === 'role') - Number(a.field === 'role'));
  return ordered.filter((w) => {
    const who = w.field === 'origin' || w.field === 'role' || w.field === 'rank' || w.field === 'age';
    const key = `${who ? 'who' : w.field}:${w.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "a North Korean civilian", "an American soldier". */
function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

export type MatchBand = 'likely' | 'possible';

/** Wording instead of a percentage: the matcher's own band once it has one; until then, its threshold. */
export function matchBand(confident: boolean): MatchBand {
  return confident ? 'likely' : 'possible';
}
