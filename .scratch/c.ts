import { readClaims } from '../src/match/claims';
const S = [
 'A North Korean soldier crossed the central section of the border and defected to the South on Sunday, the Joint Chiefs of Staff said.',
 'South Korean soldier makes rare defection to Kim Jong-un’s North',
 'The defector, a 19-year-old private, was found near a guard post at 7:55 a.m.',
 'South Korean soldiers guided the defector to safety after finding him walking across the Demilitarized Zone.',
 'A U.S. soldier crosses into N. Korea during JSA tour',
 'Two North Korean fishermen who killed 16 crewmates were deported through Panmunjom.',
 'A family of four crossed the sea border in a small wooden boat.',
 '북한군 병사 1명이 20일 새벽 강원도 고성 동부전선의 군사분계선(MDL)을 걸어서 넘어와 귀순했다고 합동참모본부가 밝혔다.',
 '앞서 이달 8일에는 북한 주민 1명이 썰물 때 한강 하구 중립수역을 걸어서 건너 교동도로 귀순했다.',
 'It is the first such defection since August 2024, when a staff sergeant walked across the eastern part of the border.',
 'The 248-km-long DMZ is one of the most heavily fortified borders in the world.',
 'Most defectors travel through China.',
 'A former defector who had resettled in the South climbed back over the fences into North Korea on Jan. 1.',
]
for (const s of S) { const c = readClaims(s, '2024-08-21'); console.log(s.slice(0,70), '\n   ', JSON.stringify({who:c.who && {...c.who, start:undefined,end:undefined}, dir:c.direction?.value, reg:c.regions.map(r=>r.value), pl:c.places.map(p=>p.value.key), dates:c.dates.map(d=>[d.date, d.reference?'ref':'']), ev:[...new Set(c.events.map(e=>e.value))], gen:c.generic, res:c.result?.value, fd:c.formerDefector})); }
