import type { Figure, Incident } from '../shared/incident';
import incidentsJson from '../../data/incidents.json';
import figuresJson from '../../data/figures.json';

export interface Dataset {
  incidents: readonly Incident[];
  figures: readonly Figure[];
}

/**
 * The bundled dataset. JSON imports are typed loosely by TypeScript; the shape
 * is enforced by validateDataset in tests/unit/dataset.test.ts instead.
 */
export const dataset: Dataset = {
  incidents: incidentsJson as unknown as Incident[],
  figures: figuresJson as unknown as Figure[],
};

export function incidentById(id: string, data: Dataset = dataset): Incident | undefined {
  return data.incidents.find((i) => i.id === id);
}
