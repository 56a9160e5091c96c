import { describe, expect, it } from 'vitest';
import { agenciesInCredit, agencyFromCreditLine, agencyFromDateline, agencyFromName } from '../../utils/metadata/agency';
import { harvestMetadata } from '../../utils/metadata/metadata';
import { parsePage } from '../helpers/dom';

const URL = 'https://www.dailyexample.com/2019/11/19/story.html';

/** A story page: a header (byline slot), the body paragraphs, and anything after the article. */
function story(header: string, paragraphs: string[], extra = '', head = '') {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  return harvestMetadata(
    parsePage(
      `<html lang="en"><head><meta property="og:site_name" content="Daily Example">${head}</head><body>
       <article><header><h1>Talks resume in Lausanne</h1>${header}</header><div class="article-body">${body}</div></article>${extra}
       </body></html>`,
      URL,
    ),
    URL,
  );
}

const PROSE = 'Ministers met for forty minutes before joining envoys from the region, officials said on Saturday.';

describe('agency names', () => {
  it.each([
    ['AFP', 'AFP'],
    ['Agence France-Presse', 'AFP'],
    ['The Associated Press', 'AP'],
    ['Associated Press Writer', 'AP'],
    ['Reuters Staff', 'Reuters'],
    ['By REUTERS', 'Reuters'],
    ['dpa', 'dpa'],
    ['Deutsche Presse-Agentur', 'dpa'],
    ['PA Media', 'PA'],
    ['The Canadian Press', 'CP'],
    ['Keystone-SDA', 'Keystone-SDA'],
    ['ats', 'Keystone-SDA'],
    ['Europa Press', 'Europa Press'],
    ['Agência Brasil', 'Agência Brasil'],
    ['Press Trust of India', 'PTI'],
    ['Xinhua', 'Xinhua'],
    ['Yonhap', 'Yonhap'],
    ['Kyodo News', 'Kyodo'],
  ])('%j is %j', (name, agency) => {
    expect(agencyFromName(name)).toBe(agency);
  });

  it('matches short codes only as written', () => {
    expect(agencyFromName('ap')).toBeNull();
    expect(agencyFromName('Pa')).toBeNull();
    expect(agencyFromName('AP Photo')).toBeNull();
    expect(agencyFromName('Michael Bloomberg')).toBeNull();
  });

  it('finds agencies among the parts of a byline', () => {
    expect(agenciesInCredit('AFP/The Local')).toEqual(['AFP']);
    expect(agenciesInCredit('By Jean Dupont with Marie Martin in Paris | AFP')).toEqual(['AFP']);
    expect(agenciesInCredit('dpa/lby')).toEqual(['dpa']);
    expect(agenciesInCredit('Von dpa und AFP')).toEqual(['dpa', 'AFP']);
    expect(agenciesInCredit('Staff and agencies')).toEqual([]);
  });
});

describe('datelines', () => {
  it.each([
    ['LAUSANNE (AFP) - US Secretary of State John Kerry held talks.', 'AFP'],
    ['BERLIN (dpa) - Die Regierung hat am Montag beschlossen.', 'dpa'],
    ['Berlin (dpa/lby) - Die Polizei sucht Zeugen.', 'dpa'],
    ['WASHINGTON (Reuters) - The Senate voted on Tuesday.', 'Reuters'],
    ['WASHINGTON, Oct 15 (Reuters) - The Senate voted on Tuesday.', 'Reuters'],
    ['NEW YORK (AP) — Stocks rose.', 'AP'],
    ['Paris, 15 oct 2016 (AFP) - Le gouvernement a annoncé.', 'AFP'],
    ['MADRID, 15 Oct. (EUROPA PRESS) - El Gobierno ha aprobado.', 'Europa Press'],
    ['(ANSA) - ROMA, 15 OTT - Il governo ha approvato.', 'ANSA'],
    ['(Bloomberg) -- Stocks fell in Asia.', 'Bloomberg'],
    ['RIO DE JANEIRO (AP) — Brazil said.', 'AP'],
  ])('%j -> %j', (paragraph, agency) => {
    expect(agencyFromDateline(paragraph)).toBe(agency);
  });

  it.each([
    'He told The Associated Press (AP) that the vote was close.',
    'Agence France-Presse (AFP) Chief Executive Fabrice Fries said the deal was fair.',
    'Apple (AAPL) shares rose in early trading.',
    'The minister (AFP) said nothing.',
    'Officials told Reuters the plan was dead.',
    'Kerry and Lavrov met (AFP) in a hotel.',
  ])('no agency in %j', (paragraph) => {
    expect(agencyFromDateline(paragraph)).toBeNull();
  });
});

describe('credit lines at the end of a story', () => {
  it.each([
    ['The talks will resume next week. — Reuters', 'Reuters'],
    ['Die Gespräche gehen weiter. (dpa)', 'dpa'],
    ['(AFP)', 'AFP'],
    ['Source: AFP', 'AFP'],
    ['Quelle: dpa', 'dpa'],
    ['© AFP 2019', 'AFP'],
    ['Copyright 2019 The Associated Press. All rights reserved. This material may not be published.', 'AP'],
    ['Avec AFP', 'AFP'],
    ['Nearly 150 Indians were deported for entering the country illegally. PTI', 'PTI'],
    ['kha/dpa', 'dpa'],
    ['Die Gespräche gehen weiter. (mxw/dpa/AFP)', 'dpa, AFP'],
    ['Quelle: ZEIT ONLINE, dpa', 'dpa'],
    ['(With inputs from PTI)', 'PTI'],
    ['Mit Material von dpa', 'dpa'],
    ['Redazione ANSA', 'ANSA'],
    ['From Associated Press', 'AP'],
  ])('%j -> %j', (line, agency) => {
    expect(agencyFromCreditLine(line)).toBe(agency);
  });

  it.each([
    'SOURCE: Al Jazeera and news agencies',
    'The Associated Press contributed to this report.',
    'Additional reporting by Reuters.',
    'With prices rising, Reuters',
    'Die Gespräche gehen weiter (sic).',
    '"We will keep talking," he told Reuters.',
    'According to AFP, the talks failed.',
    'The report was first published by the Associated Press (AP).',
    'Photo: AFP',
    'He said the decision was final. Reuters Photo',
    'The shares closed higher. Michael Bloomberg',
    'WikiLeaks founder Julian Assange in London. Photo: Fabrice Coffrini/AFP',
  ])('no agency in %j', (line) => {
    expect(agencyFromCreditLine(line)).toBeNull();
  });
});

describe('agency of a page', () => {
  it('reads the byline form "AFP - e-mail" as the agency, and shows the byline as displayed, without the address', () => {
    const meta = story('<div class="article-author">AFP - news@thelocal.ch</div>', [PROSE]);
    expect(meta).toMatchObject({ agency: 'AFP', byline: 'AFP', bylineShown: true });
  });

  it('reads "The Associated Press", "AFP/The Local" and "(dpa)" bylines', () => {
    expect(story('<div class="byline">The Associated Press</div>', [PROSE]).agency).toBe('AP');
    expect(story('<div class="byline">AFP/The Local</div>', [PROSE]).agency).toBe('AFP');
    expect(story('<div class="byline">(dpa)</div>', [PROSE]).agency).toBe('dpa');
    expect(story('<div class="byline">Von dpa</div>', [PROSE]).agency).toBe('dpa');
  });

  it('reads a person byline with an agency and keeps the person', () => {
    const meta = story('<div class="byline">By Jean Dupont, AFP</div>', [PROSE]);
    expect(meta).toMatchObject({ agency: 'AFP', byline: 'Jean Dupont' });
  });

  it('reads the dateline of the first paragraph', () => {
    expect(story('', [`BERLIN (dpa) - ${PROSE}`, PROSE]).agency).toBe('dpa');
  });

  it('reads the sign-off of the last paragraph', () => {
    expect(story('', [PROSE, `${PROSE} — Reuters`]).agency).toBe('Reuters');
  });

  it('reads JSON-LD sourceOrganization, an organisation author and creditText', () => {
    const ld = (obj: object) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', ...obj })}</script>`;
    expect(story('', [PROSE], '', ld({ sourceOrganization: { '@type': 'Organization', name: 'Reuters' } })).agency).toBe('Reuters');
    expect(story('', [PROSE], '', ld({ author: { '@type': 'Organization', name: 'Agence France-Presse' } })).agency).toBe('AFP');
    expect(story('', [PROSE], '', ld({ creditText: 'dpa' })).agency).toBe('dpa');
  });

  it('reads a source line in the header', () => {
    expect(story('<span class="article-source">Source: AFP</span>', [PROSE]).agency).toBe('AFP');
  });

  it('finds no agency when one is only quoted', () => {
    const meta = story('<div class="byline">By Jane Doe</div>', [
      `"We will not give up," the minister told Reuters on Saturday. ${PROSE}`,
      `According to AFP, the talks lasted forty minutes. ${PROSE}`,
      'The Associated Press (AP) first reported the meeting.',
    ]);
    expect(meta.agency).toBeNull();
  });

  it('finds no agency when one is credited only for a photo', () => {
    const meta = story(
      '<div class="byline">By Jane Doe</div><figure><img src="a.jpg" alt=""><figcaption>Kerry arrives. Photo: Fabrice Coffrini/AFP</figcaption></figure>',
      [PROSE, 'The talks went on into the night.'],
      '<div class="image-container"><span class="caption-source">Reuters</span></div>',
      '<script type="application/ld+json">{"@type":"NewsArticle","image":{"@type":"ImageObject","url":"a.jpg","creditText":"AFP"}}</script>',
    );
    expect(meta.agency).toBeNull();
  });

  it('finds no agency in a caption paragraph that ends with (AFP)', () => {
    const meta = story('', [PROSE], '<div class="abn-image-caption"><p>WikiLeaks founder Julian Assange (AFP)</p></div>');
    expect(meta.agency).toBeNull();
  });

  it('does not read "News agencies" or "Staff and agencies" as an agency', () => {
    expect(story('<div class="byline">Staff and agencies</div>', [PROSE, 'SOURCE: News agencies']).agency).toBeNull();
  });
});
