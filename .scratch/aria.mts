import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
console.log(await p.evaluate(() => ({ doc: typeof (document as any).ariaNotify, el: typeof (document.body as any).ariaNotify, ua: navigator.userAgent })));
await b.close();
