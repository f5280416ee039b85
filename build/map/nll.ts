/**
 * The Northern Limit Line, approximately. Natural Earth has no sea
 * boundaries, so the line is drawn from its published description:
 *
 * - West (Yellow) Sea: the eleven turning points of the line the UN Command
 *   set in August 1953, from the Han River estuary north-west past the five
 *   islands, as reproduced in Korean secondary sources. One point's longitude
 *   is printed there as 126°45′E, which would put it east of the estuary; it
 *   is read as 125°45′E, the only value between its neighbours.
 * - East Sea: the parallel of about 38°37′N, running east from where the MDL
 *   meets the coast, to the edge of the map.
 *
 * The map labels the line as approximate; it is a locator, not a chart.
 */

/** Degrees, minutes, seconds → decimal degrees. */
const dms = (d: number, m: number, s = 0) => d + m / 60 + s / 3600;

/** [longitude, latitude], from the Han estuary westwards. */
export const WEST_SEA_NLL: ReadonlyArray<[number, number]> = [
  [dms(126, 6, 40), dms(37, 42, 45)],
  [dms(126, 1), dms(37, 39, 30)],
  [dms(125, 45), dms(37, 42, 53)],
  [dms(125, 41, 42), dms(37, 41, 30)],
  [dms(125, 40), dms(37, 41, 25)],
  [dms(125, 31), dms(37, 40, 55)],
  [dms(125, 14, 40), dms(37, 35)],
  [dms(125, 2, 50), dms(37, 38, 15)],
  [dms(124, 52), dms(37, 46)],
  [dms(124, 51), dms(38, 0)],
  [dms(124, 38), dms(38, 3)],
];

export const EAST_SEA_NLL_LATITUDE = dms(38, 37);
