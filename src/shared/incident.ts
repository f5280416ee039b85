/**
 * The one typed model of the dataset. data/*.json is validated against these
 * shapes (src/data/validate.ts); the matcher, popover and popup all read them.
 */

export type Direction = 'north-to-south' | 'south-to-north' | 'none';
/** How the border was crossed, or where an event took place. */
export type Route = 'land' | 'jsa' | 'sea' | 'river' | 'third-country';
/** Coarse place on the border, the unit articles use ("eastern front"). */
export type Region =
  | 'jsa'
  | 'western-front'
  | 'central-front'
  | 'eastern-front'
  | 'west-sea'
  | 'east-sea'
  | 'han-estuary';
export type Role = 'soldier' | 'civilian' | 'fisherman' | 'official' | 'diplomat';
/** Where the person was from (not where they went). */
export type Origin = 'north-korea' | 'south-korea' | 'united-states' | 'other';
export type Method = 'walked' | 'ran' | 'swam' | 'boat' | 'vehicle' | 'climbed-fence';
export type DatePrecision = 'day' | 'month' | 'year';
export type IncidentKind = 'crossing' | 'event';

/**
 * Where a fact comes from. Title and date are left out when the stored copy of
 * the page does not show them (never guessed); every record still needs one
 * source with all four.
 */
export interface Source {
  outlet: string;
  title?: string;
  /** Publication date: YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date?: string;
  url: string;
}

export interface Localized {
  en: string;
  ko?: string;
}

export interface Person {
  role: Role;
  origin: Origin;
  /** Rank as reported, e.g. "staff sergeant". */
  rank?: string;
  age?: number;
  /** Number of people when a group crossed together. */
  count?: number;
  /** Only when publicly reported. */
  name?: string;
  /** Had defected south earlier and went back north. */
  formerDefector?: boolean;
}

/** What a first report got wrong and later reports corrected. */
export interface Correction {
  claim: string;
  fact: string;
  sources: Source[];
}

export interface Incident {
  id: string;
  kind: IncidentKind;
  title: Localized;
  /** ISO date; with precision 'month' or 'year' the later parts are 01. */
  date: string;
  datePrecision: DatePrecision;
  direction: Direction;
  route: Route;
  region?: Region;
  place: Localized & { county?: string; lat?: number; lon?: number };
  who?: Person[];
  method?: Method[];
  summary: string;
  outcome?: string;
  corrections?: Correction[];
  /** Names, spellings and terms that identify this incident in text, per language. */
  aliases: { en: string[]; ko: string[] };
  related?: string[];
  sources: Source[];
}

/** A sourced number readers look for: DMZ size, arrivals per year, mines. */
export interface Figure {
  id: string;
  label: Localized;
  value: number;
  unit?: string;
  /** ISO date or year the figure refers to. */
  asOf: string;
  /** Earlier values of the same measure, oldest first, for a trend. */
  points?: Array<{ asOf: string; value: number }>;
  note?: string;
  /** Which mention kinds this figure is background for. */
  topics: MentionKind[];
  sources: Source[];
}

/** Kinds of mention the detector finds; users choose which to highlight. */
export type MentionKind = 'defection' | 'crossing' | 'dmz' | 'mdl' | 'jsa' | 'nll';
export const MENTION_KINDS: readonly MentionKind[] = ['defection', 'crossing', 'dmz', 'mdl', 'jsa', 'nll'];
