import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleRoot } from './page-info';
import { segmentOf } from './segments';

const PAGE = `<body><header><nav><a href="/">Home</a></nav></header>
<article><h1 id="h">Headline</h1><p id="story">Story text.</p>
<figure><img alt=""><figcaption id="cap">A file photo from 2019.</figcaption></figure>
<ul class="related"><li id="rel"><a href="/a">U.S. soldier crosses into N. Korea during JSA tour</a></li></ul>
<div class="live-feed"><article class="entry"><time datetime="2024-10-15T12:10:00+09:00">12:10</time><p id="entry">Blasts seen north of the MDL.</p></article>
<article class="entry"><time datetime="2024-10-15T12:40:00+09:00">12:40</time><p>Troops fire back.</p></article></div></article>
<aside class="most-viewed"><p id="side">Most viewed: something else entirely, a long headline.</p></aside></body>`;

describe('segmentOf', () => {
  const doc = new JSDOM(PAGE).window.document;
  const root = articleRoot(doc);
  const seg = (id: string) => segmentOf(doc.getElementById(id)!, root);

  it('tells the story from what stands around it', () => {
    expect(seg('h')).toEqual({ kind: 'headline' });
    expect(seg('story')).toEqual({ kind: 'story' });
    expect(seg('cap')).toEqual({ kind: 'caption' });
    expect(seg('rel')).toEqual({ kind: 'related' });
    expect(seg('side')).toEqual({ kind: 'aside' });
  });

  it('gives each live-blog entry its own date', () => {
    expect(seg('entry')).toEqual({ kind: 'entry', published: '2024-10-15' });
  });

  it('knows an entry by a stamp sites name "time", and dates it from the stamp and the page’s year', () => {
    const doc = new JSDOM(`<head><meta property="article:published_time" content="2025-11-10T07:50:00+09:00"></head>
<body><main><ul class="live-feed"><li class="post"><span class="time">11.20(목) 10:15</span><p id="ko">군사분계선 침범</p></li></ul>
<div class="entries"><article class="entry"><p class="stamp"><time>Fri 28 Mar</time></p><p id="en">Trail opens.</p></article>
<article class="entry"><p class="stamp"><time>Tue 18 Mar</time></p><p>Tours resume.</p></article></div>
</main></body>`).window.document;
    const root = articleRoot(doc);
    expect(segmentOf(doc.getElementById('ko')!, root)).toEqual({ kind: 'entry', published: '2025-11-20' });
    expect(segmentOf(doc.getElementById('en')!, root)).toEqual({ kind: 'entry' });
  });
});

describe('a dated section of the story', () => {
  it('takes the day its heading names, until a heading without one', () => {
    const doc = new JSDOM(`<body><article><h1>세 장면으로 본 NLL</h1><p id="lede">지난 주말 경비정이 선을 넘었다.</p>
<h2>① 2014년 4월 25일, 새벽</h2><p id="in">금요일 새벽, 경비정 2척이 넘어 내려왔다.</p><p id="next">해군은 경고사격을 했다.</p>
<h2>무엇이 달라졌나</h2><p id="after">선은 그대로다.</p></article></body>`).window.document;
    const root = articleRoot(doc);
    const seg = (id: string) => segmentOf(doc.getElementById(id)!, root);
    expect(seg('lede')).toEqual({ kind: 'story' });
    expect(seg('in')).toEqual({ kind: 'story', published: '2014-04-25' });
    expect(seg('next')).toEqual({ kind: 'story', published: '2014-04-25' });
    expect(seg('after')).toEqual({ kind: 'story' });
  });
});
