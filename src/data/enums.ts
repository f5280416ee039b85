/**
 * Every enum of the dataset, declared once. The valibot schemas in schema.ts
 * are built from these lists and the union types derive from them; runtime
 * code imports the lists from here, which carries no validation code.
 */

/** Kinds of incident. Those in CROSSING_TYPES are people crossing the MDL or NLL; the rest are events. */
export const INCIDENT_TYPES = [
  // People crossed the line:
  'defection', // to stay on the other side (soldiers, civilians, deserters, former defectors going back)
  'crossing', // crossed, but why is unknown or disputed
  'drift', // crossed without meaning to (fishermen adrift, a boat off course)
  'repatriation', // sent or handed back across the line
  'incursion', // crossed briefly and went back (soldiers at the MDL, ships over the NLL)
  'infiltration', // armed agents sent across
  'visit', // an agreed or ceremonial crossing (a president, a convoy)
  // Nobody crossed:
  'armed-clash',
  'attack',
  'shooting',
  'mine-blast',
  'tunnel',
  'propaganda',
  'drone',
  'agreement',
  'summit',
  'demolition',
  'fortification',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const CROSSING_TYPES: ReadonlySet<IncidentType> = new Set(['defection', 'crossing', 'drift', 'repatriation', 'incursion', 'infiltration', 'visit']);

/** Whether people crossed the line in an incident of this type (then it has a direction). */
export function isCrossingType(type: IncidentType): boolean {
  return CROSSING_TYPES.has(type);
}

export const DIRECTIONS = ['north-to-south', 'south-to-north', 'none'] as const;
/** How the border was crossed, or where an event took place. */
export const ROUTES = ['land', 'jsa', 'sea', 'river', 'third-country'] as const;
/** Coarse place on the border, the unit articles use ("eastern front"). */
export const REGIONS = ['jsa', 'western-front', 'central-front', 'eastern-front', 'west-sea', 'east-sea', 'han-estuary'] as const;
export const ROLES = ['soldier', 'civilian', 'fisherman', 'official', 'diplomat', 'student', 'tourist', 'agent'] as const;
/** Where the person was from (not where they went). */
export const ORIGINS = ['north-korea', 'south-korea', 'united-states', 'other'] as const;
/** The country of someone of origin 'other', where the sources say (a Soviet tourist, a Vietnamese deckhand). */
export const NATIONALITIES = [
  'china',
  'vietnam',
  'japan',
  'soviet-union',
  'russia',
  'poland',
  'czechoslovakia',
  'east-germany',
  'philippines',
  'thailand',
  'mongolia',
] as const;
export const METHODS = ['walked', 'ran', 'swam', 'boat', 'vehicle', 'climbed-fence', 'cut-fence', 'drain', 'drifted', 'aircraft'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
/** What became of the people who crossed. */
export const RESULTS = ['stayed', 'repatriated', 'returned', 'detained', 'killed', 'died', 'missing', 'unknown'] as const;
/** What someone told the South they wanted: to stay, or to go home. */
export const WISHES = ['stay', 'return'] as const;
/** Fields a crossing record must have unless its sources do not state them (then listed in `unstated`). */
export const STATABLE_FIELDS = ['who', 'method', 'region', 'result', 'time', 'count'] as const;
/** Outlets of record only: copies, aggregators and blogs are not sources. */
export const OUTLET_KINDS = ['wire', 'broadcaster', 'newspaper', 'magazine', 'specialist', 'official', 'research'] as const;

export type Direction = (typeof DIRECTIONS)[number];
export type Route = (typeof ROUTES)[number];
export type Region = (typeof REGIONS)[number];
export type Role = (typeof ROLES)[number];
export type Origin = (typeof ORIGINS)[number];
export type Nationality = (typeof NATIONALITIES)[number];
export type Method = (typeof METHODS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type Result = (typeof RESULTS)[number];
export type Wish = (typeof WISHES)[number];
