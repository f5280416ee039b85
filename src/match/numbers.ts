/** Small numbers as texts write them out, in English and Korean (counting people, years back). */
export const EN_NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  'twenty-one': 21,
  'twenty-five': 25,
  thirty: 30,
  'thirty-one': 31,
  forty: 40,
  fifty: 50,
};

/** The native Korean forms that come before a counter ("두 명", "세 사람", "스무 해"). */
export const KO_NUMBER_WORDS: Readonly<Record<string, number>> = {
  한: 1,
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
  스무: 20,
};

const KO_TENS: Readonly<Record<string, number>> = {
  열: 10,
  스물: 20,
  스무: 20,
  서른: 30,
  마흔: 40,
  쉰: 50,
  예순: 60,
  일흔: 70,
  여든: 80,
};
/** An age said in native Korean, before 살: "열아홉", "스무", "서른네". */
export const KO_AGE_WORD = String.raw`(?:(?:열|스물|서른|마흔|쉰|예순|일흔|여든)(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉)?|스무)`;

/** The number a KO_AGE_WORD says ("서른네" is 34). */
export function koreanAge(word: string): number {
  const tens = Object.keys(KO_TENS).find((t) => word.startsWith(t))!;
  return KO_TENS[tens]! + (KO_NUMBER_WORDS[word.slice(tens.length)] ?? 0);
}

/** "fourth", "tenth": an anniversary's number in words. */
export const EN_ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
