import index from 'virtual:dmz-places';
import type { MapPlace } from './types';

/** Where an incident is drawn, if its record names a place or a stretch of border. */
export function placeOf(incidentId: string): (MapPlace & { key: string }) | undefined {
  const key = index.incidents[incidentId];
  return key ? { ...index.places[key]!, key } : undefined;
}
