/** The toolbar badge for a mention count. */
export function badgeText(count: number): string {
  return count === 0 ? '' : count > 999 ? '999+' : String(count);
}
