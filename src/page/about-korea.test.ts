import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { addedContentIsAboutKorea, isAboutKorea, KOREA_SAMPLE_CHARS } from './about-korea';

const doc = (html: string) => new JSDOM(html).window.document;

describe('isAboutKorea', () => {
  it('gates network-DMZ manuals out, in text', () => {
    expect(isAboutKorea('Put the web server in the DMZ behind the firewall.')).toBe(false);
    expect(isAboutKorea('A North Korean soldier crossed the DMZ.')).toBe(true);
    expect(isAboutKorea('북한 병사가 귀순했다')).toBe(true);
  });

  it('takes Latin words at word boundaries only', () => {
    expect(isAboutKorea('South Korean officials')).toBe(true);
    expect(isAboutKorea('Seoul, Pyongyang.')).toBe(true);
    expect(isAboutKorea('The seoulful singer from kpyongyang')).toBe(false);
    expect(isAboutKorea('Kim Jong Un visited Panmunjeom')).toBe(true);
    expect(isAboutKorea('nokorea')).toBe(false);
  });

  it('reads only the top of a long text', () => {
    const filler = 'Router settings. '.repeat(KOREA_SAMPLE_CHARS / 10);
    expect(isAboutKorea(`${filler} North Korea`)).toBe(false);
    expect(isAboutKorea(`North Korea ${filler}`)).toBe(true);
  });

  it('reads a document’s title and visible text, not scripts, form fields or hidden parts', () => {
    expect(isAboutKorea(doc('<title>Seoul briefing</title><p>The DMZ.</p>'))).toBe(true);
    expect(isAboutKorea(doc('<title>Firewall</title><article><p>A defector from North Korea.</p></article>'))).toBe(
      true,
    );
    expect(
      isAboutKorea(
        doc(
          '<title>Firewall</title><p>Put the server in the DMZ.</p><script>var korea = 1</script><textarea>Korea</textarea><div hidden>Korea</div>',
        ),
      ),
    ).toBe(false);
    // Reading goes on after a skipped part, however deep it ends.
    const after = doc(
      '<title>Firewall</title><main><div><nav><p>Korea</p></nav></div><div aria-hidden="true"><b>Korea</b></div></main><p>Seoul said</p>',
    );
    expect(isAboutKorea(after)).toBe(true);
    after.querySelector('main + p')!.remove();
    expect(isAboutKorea(after)).toBe(false);
  });

  it('checks content added later on its own, and the title', () => {
    const d = doc(
      '<title>Shop</title><p id="old">Cart</p><section id="new"><p>Pyongyang says</p></section><p id="text"></p>',
    );
    expect(isAboutKorea(d)).toBe(true);
    expect(addedContentIsAboutKorea(d, [d.getElementById('old')!])).toBe(false);
    expect(addedContentIsAboutKorea(d, [d.getElementById('old')!, d.getElementById('new')!])).toBe(true);
    const text = d.getElementById('text')!.appendChild(d.createTextNode('Seoul said'));
    expect(addedContentIsAboutKorea(d, [text])).toBe(true);
    expect(addedContentIsAboutKorea(d, [d.createElement('p')])).toBe(false);
    // Added inside a skipped element (a menu, an editor): not the page's text.
    const menu = d.body.appendChild(d.createElement('nav'));
    menu.innerHTML = '<ul><li>Korea</li></ul>';
    expect(addedContentIsAboutKorea(d, [menu.firstChild!])).toBe(false);
    d.title = 'Korea news';
    expect(addedContentIsAboutKorea(d, [])).toBe(true);
  });
});
