/**
 * Words that show a page is about Korea; without them nothing is highlighted
 * ("DMZ" is also a network term). Korean border words count: 비무장지대 is
 * only ever the Korean DMZ.
 */
const KOREA_PATTERN = /\bkorea|\bpyongyang\b|\bseoul\b|\bkim jong|\bpanmunj|한국|북한|남한|조선|평양|서울|탈북|귀순|월북|비무장지대|군사분계선|판문점|북방한계선|남북/i;

export function isAboutKorea(text: string): boolean {
  return KOREA_PATTERN.test(text);
}
