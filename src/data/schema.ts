import * as v from 'valibot';
import { MENTION_KINDS } from '../match/kinds';
import {
  DATE_PRECISIONS,
  DIRECTIONS,
  INCIDENT_TYPES,
  METHODS,
  NATIONALITIES,
  ORIGINS,
  OUTLET_KINDS,
  REGIONS,
  RESULTS,
  ROLES,
  ROUTES,
  STATABLE_FIELDS,
  WISHES,
} from './enums';

/**
 * The one model of the dataset: the valibot schemas below validate data/ (at
 * build time and in the tests) and the TypeScript types everyone uses are
 * inferred from them, so a field or an enum is declared exactly once.
 * Rules that span fields or records (ids, dates, sources against the outlet
 * list) are in validate.ts.
 */

const text = v.pipe(v.string(), v.trim(), v.nonEmpty());
const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'));
const isoPartial = v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
const clock = v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24 h, Korea time)'));
const kebab = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'));

/**
 * Where a fact comes from. Title and date are left out when the stored copy of
 * the page does not show them (never guessed); every record still needs one
 * source with all four. A plain-http URL needs a reason (the outlet serves no https).
 */
export const SourceSchema = v.strictObject({
  outlet: text,
  title: v.optional(text),
  /** Publication date: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known. */
  date: v.optional(isoPartial),
  url: v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//, 'must be http(s)')),
  httpReason: v.optional(text),
});

export const LocalizedSchema = v.strictObject({ en: text, ko: v.optional(text) });

const age = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(119));

export const PersonSchema = v.pipe(
  v.strictObject({
    role: v.picklist(ROLES),
    origin: v.picklist(ORIGINS),
    /** For origin 'other': which country, when the sources say. */
    nationality: v.optional(v.picklist(NATIONALITIES)),
    /** Rank as reported, e.g. "staff sergeant". */
    rank: v.optional(text),
    age: v.optional(age),
    /**
     * Ages as reports give them when not exact, inclusive: "in his 20s" [20, 29], "in his early 20s" [20, 23],
     * "late teens or early 20s" [16, 23]. Never with `age`.
     */
    ageRange: v.optional(
      v.pipe(
        v.tuple([age, age]),
        v.check(([from, to]) => from < to, 'must be [from, to] with from < to'),
      ),
    ),
    /** Number of people when a group crossed together. */
    count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    /**
     * When reports give only a rough number: "about 10" (count 10, about), "more than 30", "fewer than 10"; or a
     * range, "20 to 30" (count 20, countTo 30).
     */
    countApprox: v.optional(v.picklist(['about', 'more-than', 'fewer-than'])),
    countTo: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2))),
    /** Only when publicly reported. */
    name: v.optional(text),
    sex: v.optional(v.picklist(['male', 'female'])),
    /** What the person did, as reported ("gymnast", "fisheries official"). */
    occupation: v.optional(text),
    /** Had defected south earlier and went back north. */
    formerDefector: v.optional(v.boolean()),
    /** What became of them; a group whose members fared differently is listed as several entries. */
    result: v.optional(v.picklist(RESULTS)),
    /** What they told the South they wanted, when the sources say ("all four asked to be sent home"). */
    wish: v.optional(v.picklist(WISHES)),
  }),
  v.check((p) => p.age === undefined || p.ageRange === undefined, 'give age or ageRange, not both'),
  v.check((p) => p.nationality === undefined || p.origin === 'other', 'nationality is for origin other'),
  v.check(
    (p) => (p.countApprox === undefined && p.countTo === undefined) || p.count !== undefined,
    'a rough count (countApprox, countTo) needs count',
  ),
  v.check((p) => p.countTo === undefined || (p.count !== undefined && p.countTo > p.count), 'countTo must exceed count'),
  v.check((p) => p.countTo === undefined || p.countApprox === undefined, 'give countApprox or countTo, not both'),
);

/** What a first report got wrong and later reports corrected. */
export const CorrectionSchema = v.strictObject({ claim: text, fact: text, sources: v.pipe(v.array(SourceSchema), v.minLength(1)) });

/** A dated step of an incident told over several days or hours. */
export const TimelineStepSchema = v.strictObject({ date: isoDay, time: v.optional(clock), what: text });

export const IncidentSchema = v.strictObject({
  id: kebab,
  type: v.picklist(INCIDENT_TYPES),
  title: LocalizedSchema,
  /** ISO date; with precision 'month' or 'year' the later parts are 01. */
  date: isoDay,
  datePrecision: v.picklist(DATE_PRECISIONS),
  /** Local (Korea) time of the main event, when reported. */
  time: v.optional(clock),
  timeline: v.optional(v.array(TimelineStepSchema)),
  /** The way people crossed; 'none' exactly when nobody crossed (see data/README.md). */
  direction: v.picklist(DIRECTIONS),
  route: v.picklist(ROUTES),
  region: v.optional(v.picklist(REGIONS)),
  place: v.strictObject({
    en: text,
    ko: v.optional(text),
    county: v.optional(text),
    province: v.optional(text),
    island: v.optional(text),
  }),
  who: v.optional(v.array(PersonSchema)),
  method: v.optional(v.array(v.picklist(METHODS))),
  summary: v.pipe(text, v.minLength(40)),
  outcome: v.optional(text),
  corrections: v.optional(v.array(CorrectionSchema)),
  /** Names, spellings and terms that identify this incident in text, per language. */
  aliases: v.strictObject({ en: v.array(v.pipe(text, v.minLength(2))), ko: v.array(v.pipe(text, v.minLength(2))) }),
  related: v.optional(v.array(kebab)),
  /** Fields the sources do not state, so their absence is known, not an oversight. */
  unstated: v.optional(v.array(v.picklist(STATABLE_FIELDS))),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
});

/** A sourced number readers look for: DMZ size, arrivals per year, mines. */
export const FigureSchema = v.strictObject({
  id: kebab,
  label: LocalizedSchema,
  value: v.pipe(v.number(), v.finite()),
  unit: v.optional(text),
  /** ISO date or year the figure refers to. */
  asOf: isoPartial,
  /** Earlier values of the same measure, oldest first, for a trend. */
  points: v.optional(v.array(v.strictObject({ asOf: isoPartial, value: v.pipe(v.number(), v.finite()) }))),
  note: v.optional(text),
  /** Which mention kinds this figure is background for. */
  topics: v.pipe(v.array(v.picklist(MENTION_KINDS)), v.minLength(1)),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
});

/** An outlet of record a source may cite, with the domains it publishes on. */
export const OutletSchema = v.strictObject({
  name: text,
  kind: v.picklist(OUTLET_KINDS),
  domains: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a bare domain'))), v.minLength(1)),
  /** Domains served only over http (old archives); their URLs need no per-source reason. */
  httpOnly: v.optional(v.array(v.string())),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Localized = v.InferOutput<typeof LocalizedSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Correction = v.InferOutput<typeof CorrectionSchema>;
export type TimelineStep = v.InferOutput<typeof TimelineStepSchema>;
export type Incident = v.InferOutput<typeof IncidentSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Outlet = v.InferOutput<typeof OutletSchema>;
export type { DatePrecision, Direction, IncidentType, Method, Origin, Region, Result, Role, Route } from './enums';
