/** Generated news-like pages for the benchmark, with a realistic mention density. */

const PLAIN = [
  'Officials in Seoul said the government would hold a briefing later in the week.',
  'The ministry declined to give further details, citing an ongoing investigation.',
  'Analysts said the timing of the announcement was unlikely to be a coincidence.',
  'The weather along the coast turned colder as the weekend approached.',
  'Lawmakers from both parties called for a hearing on the matter.',
  'Markets in Asia were mixed on the day, with exporters slightly higher.',
];
const WITH_MENTIONS = [
  'A North Korean soldier defected across the central section of the DMZ, the Joint Chiefs of Staff said.',
  'The defector was taken into custody near the Military Demarcation Line after troops tracked him.',
  'Defections across the land border are rare; most defectors travel through China.',
  'In 2017 a soldier was shot as he ran across the border at Panmunjom in the Joint Security Area.',
  '북한군 병사가 군사분계선을 넘어 귀순했다고 합참이 밝혔다.',
  'Two fishermen crossed the Northern Limit Line by boat before they were caught.',
];

function paragraph(i: number): string {
  const s: string[] = [];
  for (let k = 0; k < 6; k++)
    s.push(k === 2 ? WITH_MENTIONS[(i + k) % WITH_MENTIONS.length]! : PLAIN[(i * 7 + k) % PLAIN.length]!);
  return s.join(' ');
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

/** An article of about `bytes` of text in paragraphs. */
export function articlePage(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraph(i);
    parts.push(`<p>${p}</p>`);
    size += p.length;
  }
  return page(`North Korean soldier defects across the DMZ (${Math.round(bytes / 1000)} kB)`, parts.join('\n'));
}

/** 20,000 small text nodes: a long list of short items, some with mentions. */
export function manyNodesPage(count = 20_000): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) items.push(`<li>${i % 25 === 0 ? 'defector at the DMZ' : `item ${i}`}</li>`);
  return page('North Korea border crossings: a long list', `<ul>${items.join('')}</ul>`);
}

/** Plain article text (no markup) of about `bytes`, for the Node benchmarks. */
export function articleText(bytes: number): string[] {
  const blocks: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraph(i);
    blocks.push(p);
    size += p.length;
  }
  return blocks;
}

/** A plain shopping page with nothing about Korea: what most pages the extension is loaded into look like. */
export function shopPage(): string {
  const items: string[] = [];
  for (let i = 0; i < 60; i++)
    items.push(
      `<li class="item"><h3>Garden chair model ${i}</h3><p>Weatherproof teak, cushions included. Free delivery over 50 euros. ${i % 7 === 0 ? 'Ships from our warehouse; the shop network puts its web server in a DMZ.' : ''}</p><button>Add to cart</button></li>`,
    );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Garden chairs — Outdoor furniture sale</title></head><body><header><nav><a href="/">Home</a> <a href="/garden">Garden</a></nav><input placeholder="Search"></header><main><h1>Garden chairs</h1><ul>${items.join('')}</ul></main><footer>© Shop</footer></body></html>`;
}
