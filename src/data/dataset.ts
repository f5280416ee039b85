import data from 'virtual:dmz-dataset';
import type { Dataset } from './validate';

export type { Dataset } from './validate';

/** The bundled dataset, validated at build time (build/dataset-plugin.ts). */
export const dataset: Dataset = data;

export function incidentById(id: string, d: Dataset = dataset) {
  return d.incidents.find((i) => i.id === id);
}
