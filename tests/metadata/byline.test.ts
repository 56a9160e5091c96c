import { describe, expect, it } from 'vitest';
import { cleanBylineBlock, cleanBylineLine } from '../../utils/metadata/byline';
import { harvestMetadata } from '../../utils/metadata/metadata';
import { parsePage } from '../helpers/dom';

const URL = 'https://www.dailyexample.com/2019/11/19/story.html';
const ctx = { site: 'Daily Example', host: 'www.dailyexample.com' };
const article = (header: string, extra = '') =>
  harvestMetadata(
    parsePage(
      `<html lang="en"><head><meta property="og:site_name" content="Daily Example"></head><body>
        <nav><a href="/author/nav-person">Nav Person</a></nav>
        <article><header><h1>Council approves the budget</h1>${header}</header>
        <div class="article-body"><p>The council approved the budget on Tuesday after a long debate in the chamber.</p></div></article>
        ${extra}</body></html>`,
      URL,
    ),
    URL,
  );

describe('cleaning a byline line', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Von Hans Müller', 'Hans Müller'],
    ['Par Cécile Ducourtieux', 'Cécile Ducourtieux'],
    ['Por María García', 'María García'],
    ['Di Marco Rossi', 'Marco Rossi'],
    ['by: Laurie Oakes', 'Laurie Oakes'],
  ])('drops the prefix of %j', (line, names) => {
    expect(cleanBylineLine(line, ctx).names).toBe(names);
  });

  it('drops e-mail addresses, handles, dates and "Updated" notes', () => {
    expect(cleanBylineLine('Mike Cason | mcason@al.com', ctx).names).toBe('Mike Cason');
    expect(cleanBylineLine('Grant Brisbee @GrantBrisbee', ctx).names).toBe('Grant Brisbee');
    expect(cleanBylineLine('By Natalie Musumeci November 18, 2019 | 4:10pm', ctx).names).toBe('Natalie Musumeci');
    expect(cleanBylineLine('By Jane Doe Updated 19.11.2019, 08:57', ctx).names).toBe('Jane Doe');
  });

  it('drops job titles, the outlet and other affiliations after the name', () => {
    expect(cleanBylineLine('Charlie Wood, Business Insider', { site: 'Business Insider Deutschland', host: 'www.businessinsider.de' }).names).toBe('Charlie Wood');
    expect(cleanBylineLine('Tom Gillespie, news reporter', ctx).names).toBe('Tom Gillespie');
    expect(cleanBylineLine('Joe Davidson, Washington Post', ctx).names).toBe('Joe Davidson');
    expect(cleanBylineLine('Sam Stein Senior Politics Editor', ctx).names).toBe('Sam Stein');
    expect(cleanBylineLine('Laura E. Adkins is Opinion Editor of the Forward.', ctx).names).toBe('Laura E. Adkins');
    expect(cleanBylineLine('Cécile Ducourtieux (Bruxelles, bureau européen)', ctx).names).toBe('Cécile Ducourtieux');
  });

  it('keeps several authors as written, and a collective byline whole', () => {
    expect(cleanBylineLine('By JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL', ctx).names).toBe('JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL');
    expect(cleanBylineLine('Julia Carrie Wong and Sam Levin', ctx).names).toBe('Julia Carrie Wong and Sam Levin');
    expect(cleanBylineLine('Our Foreign Staff', ctx).names).toBe('Our Foreign Staff');
  });

  it('gives no names when only the outlet is credited', () => {
    const r = cleanBylineLine('Daily Example Staff', ctx);
    expect(r.names).toBeNull();
    expect(r.outletOnly).toBe(true);
  });

  it('splits an agency glued after a name, and reads "AP Auto Writer" as AP', () => {
    expect(cleanBylineLine('Tom Davies Associated Press', ctx)).toMatchObject({ names: 'Tom Davies', agencies: ['AP'] });
    expect(cleanBylineLine('Tom Krisher, Ap Auto Writer', ctx)).toMatchObject({ names: 'Tom Krisher', agencies: ['AP'] });
    expect(cleanBylineLine('Mary Jane Bloomberg', ctx)).toMatchObject({ names: 'Mary Jane Bloomberg', agencies: [] });
  });

  it('drops link labels and descriptions', () => {
    expect(cleanBylineLine('Marcus De Guzman, View More Articles', ctx).names).toBe('Marcus De Guzman');
    expect(cleanBylineLine('The Russian and Syrian defense ministries', ctx).names).toBeNull();
    expect(cleanBylineLine('Detroit News wire services', { site: 'detroitnews', host: 'www.detroitnews.com' })).toMatchObject({ names: null, outletOnly: true, agencies: [] });
  });

  it('drops the place after an agency credit ("PTI, Washington,")', () => {
    expect(cleanBylineLine('PTI, Washington,', ctx)).toMatchObject({ names: null, agencies: ['PTI'] });
  });

  it('reports an agency-only credit apart from names', () => {
    const r = cleanBylineLine('AFP - news@thelocal.ch', ctx);
    expect(r.names).toBeNull();
    expect(r.agencies).toEqual(['AFP']);
    expect(r.agencyText).toBe('AFP');
    const named = cleanBylineLine('By Jean Dupont | AFP', ctx);
    expect(named).toMatchObject({ names: 'Jean Dupont', agencies: ['AFP'] });
  });

  it('reads a block line by line and stops at the first line that is not a name', () => {
    const r = cleanBylineBlock(['By Natalie Musumeci', 'View author archive', 'Most Popular Today'], ctx);
    expect(r.names).toBe('Natalie Musumeci');
    expect(cleanBylineBlock(['By Joe Davidson', 'Washington Post', 'Dec 13, 2016 at 3:45 pm'], ctx).names).toBe('Joe Davidson');
  });
});

describe('visible byline', () => {
  it('reads rel=author, itemprop=author and .byline near the headline', () => {
    expect(article('<p>By <a rel="author" href="/people/jane-doe">Jane Doe</a></p>').byline).toBe('Jane Doe');
    expect(article('<span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>').byline).toBe('Jane Doe');
    expect(article('<div class="byline">By Jane Doe and John Roe</div>').byline).toBe('Jane Doe and John Roe');
  });

  it('splits text glued across elements ("Michael HiltzikBusiness Columnist")', () => {
    const meta = article('<div class="ArticlePage-authorName">By <a href="/people/michael-hiltzik">Michael Hiltzik</a><span class="ArticlePage-authorTitle">Business Columnist</span></div>');
    expect(meta.byline).toBe('Michael Hiltzik');
  });

  it('prefers the byline by the headline over teaser bylines in sidebars and comments', () => {
    const meta = article(
      '<div class="byline">By Jane Doe</div>',
      '<aside class="sidebar"><div class="byline">By Someone Else</div></aside><section class="comments"><span class="author">Commenter Name</span></section>',
    );
    expect(meta.byline).toBe('Jane Doe');
    const none = article('', '<aside class="related"><span class="byline">By Someone Else</span></aside>');
    expect(none.byline).toBeNull();
  });

  it('does not take a one-word topic link to a /people/ page as a byline', () => {
    expect(article('<p><a href="/people/prince">Prince</a></p>').byline).toBeNull();
  });

  it('shows no byline when the slot names only the outlet', () => {
    const meta = article('<div class="byline">Daily Example Staff</div>');
    expect(meta.byline).toBeNull();
    expect(meta.bylineShown).toBe(true);
  });

  it('prefers JSON-LD people over a visible block that names someone else', () => {
    const meta = harvestMetadata(
      parsePage(
        `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H1 text here","author":{"@type":"Person","name":"Jane Doe"}}</script></head>
        <body><h1>H1 text here</h1><div class="author">Photo Editor Team Lead</div><p>Body.</p></body></html>`,
        URL,
      ),
      URL,
    );
    expect(meta.byline).toBe('Jane Doe');
  });

  it('reads German initials at the end of a story when nothing else names the author', () => {
    const meta = harvestMetadata(
      parsePage(
        `<html lang="de"><body><article><h1>Neue Funktion für Passwörter</h1>
        <p>Die neue Version erzeugt Einmal-Passwörter und scannt dafür auch QR-Codes, teilte der Hersteller mit.</p>
        <p>Das Update ist kostenlos. (bsc)</p></article></body></html>`,
        'https://www.heise.de/meldung/1.html',
      ),
      'https://www.heise.de/meldung/1.html',
    );
    expect(meta.byline).toBe('bsc');
    expect(meta.agency).toBeNull();
  });

  it('reads a microdata author whose name is an attribute (<link itemprop="name" content>), but not an Organization', () => {
    const person = '<span itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="name" content="Confreaks"></span>';
    expect(article(person).byline).toBe('Confreaks');
    const org = '<div itemprop="author" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Daily Example"></div>';
    expect(article(org).byline).toBeNull();
  });

  it('reads a username block and keeps a "u/name" handle whole', () => {
    expect(article('<div class="username"><a href="/u/EvilSpark">EvilSpark</a></div>').byline).toBe('EvilSpark');
    expect(cleanBylineLine('Posted by u/benyacobi', ctx).names).toBe('u/benyacobi');
    expect(cleanBylineLine('Fabrice Coffrini/AFP', ctx)).toMatchObject({ names: 'Fabrice Coffrini', agencies: ['AFP'] });
  });

  it('keeps "X and the Y" as one name, and a link to an /artists/ page as a byline', () => {
    expect(cleanBylineLine('Prince and the Revolution', ctx).names).toBe('Prince and the Revolution');
    expect(cleanBylineLine('The Russian and Syrian defense ministries', ctx).names).toBeNull();
    expect(article('<h2><a href="/artists/Prince-and-the-revolution">Prince and the Revolution</a></h2>').byline).toBe('Prince and the Revolution');
  });
});
