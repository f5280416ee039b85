import type { Incident, Person } from './schema';

/** A group reports count only roughly ("about 10", "more than 30", "20 to 30"): its count is no exact number. */
export function isRoughlyCounted(p: Person): boolean {
  return p.countApprox !== undefined || p.countTo !== undefined;
}

/** The one group a record counts only roughly ("about 10 North Korean soldiers"), if that is all it says of them. */
export function roughlyCountedGroup(inc: Incident): Person | undefined {
  const who = inc.who ?? [];
  return who.length === 1 && isRoughlyCounted(who[0]!) ? who[0] : undefined;
}
